// The trader's name of each snapshot field the read status can list ("size", "Entry Price").
import type { MessageKey } from '../i18n/catalog';
import { t } from '../i18n/t';

const NAMES: Readonly<Record<string, MessageKey>> = {
  markPrice: 'page_fieldMarkPrice',
  fundingRate: 'page_fieldFundingRate',
  orderType: 'popup_fieldOrderType',
  price: 'page_fieldPrice',
  size: 'page_fieldSize',
  leverage: 'page_fieldLeverage',
  marginMode: 'page_fieldMarginMode',
  positionMode: 'popup_fieldPositionMode',
  'displayedLiquidation.long': 'page_fieldPageLiqLong',
  'displayedLiquidation.short': 'page_fieldPageLiqShort',
  stopLoss: 'page_fieldStopLoss',
  takeProfit: 'page_fieldTakeProfit',
  declaredCount: 'popup_fieldDeclaredCount',
  side: 'page_fieldSide',
  entryPrice: 'page_colEntryPrice',
  liquidationPrice: 'page_colLiquidationPrice',
  margin: 'page_colMargin',
  marginRatio: 'page_colMarginRatio',
  unrealizedPnl: 'page_colPnl',
  maintenanceMargin: 'page_colMaintenanceMargin',
  initialMargin: 'page_colInitialMargin',
  positionValue: 'page_colPositionValue',
  walletBalance: 'page_fieldWalletBalance',
  equity: 'page_fieldEquity',
  availableBalance: 'page_fieldAvailableBalance',
  maintenanceMarginRate: 'page_fieldAccountMmRate',
};

/** The field's name, or the snapshot's own name for one not listed (never nothing). */
export function fieldName(field: string): string {
  const key = NAMES[field];
  return key ? t(key) : field;
}

const FIELD_END = /^\s*[:：]/;

/**
 * "<name>: <reason>", unless the reason already starts with that name (the reader's reasons mostly
 * do). The panel and an unidentified row are named by the reason itself.
 */
export function problemText(field: string, reason: string): string {
  if (field === 'panel' || field === 'row') return reason;
  const name = fieldName(field);
  const head = reason.slice(0, name.length);
  if (head.toLowerCase() === name.toLowerCase() && FIELD_END.test(reason.slice(name.length))) return reason;
  return t('page_reason', name, reason);
}
