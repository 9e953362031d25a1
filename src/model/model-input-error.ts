import { t } from '../i18n/t';

/**
 * Why an input is invalid, where callers act on it rather than just show it:
 * 'below-maintenance': the margin is below maintenance at every price (the position would already be
 * liquidated; pre-trade, the order would liquidate on fill).
 */
export type ModelInputErrorCode = 'below-maintenance';

/**
 * The only error the model throws: the input is invalid, and `field` names the part that is.
 * `message` is in the trader's language (t()); the field stays its code name.
 */
export class ModelInputError extends Error {
  readonly field: string;
  readonly code?: ModelInputErrorCode;

  constructor(field: string, message: string, code?: ModelInputErrorCode) {
    super(t('model_inputError', field, message));
    this.name = 'ModelInputError';
    this.field = field;
    if (code) this.code = code;
  }
}
