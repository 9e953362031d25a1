// Every area's strings in one catalog: the build writes _locales from it, tests look up English in it.
// Each area owns its file in ./messages; keys are prefixed with the area's name, so they never collide.
import { alertsMessages } from './messages/alerts';
import { optionsMessages } from './messages/options';
import { marketMessages } from './messages/market';
import { modelMessages } from './messages/model';
import { overlayMessages } from './messages/overlay';
import { pageMessages } from './messages/page';
import { pageAccountMessages } from './messages/page-account';
import { popupMessages } from './messages/popup';
import { riskMessages } from './messages/risk';
import { watchMessages } from './messages/watch';
import { workerMessages } from './messages/worker';

export const catalog = {
  ...overlayMessages,
  ...workerMessages,
  ...popupMessages,
  ...optionsMessages,
  ...alertsMessages,
  ...riskMessages,
  ...pageMessages,
  ...modelMessages,
  ...marketMessages,
  ...watchMessages,
  ...pageAccountMessages,
};

export type MessageKey = keyof typeof catalog;
