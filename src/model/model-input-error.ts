/** The only error the model throws: the input is invalid, and `field` names the part that is. */
export class ModelInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'ModelInputError';
    this.field = field;
  }
}
