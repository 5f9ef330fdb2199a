/** One municipality: its own module, so that the generated data and the lookups don't import each other. */
export interface Gemeente {
  /** CBS-gemeentecode, bv. 'GM0193'. */
  code: string;
  naam: string;
  provincie: string;
  /** Inwoners op 1 januari 2024. */
  inwoners: number;
}
