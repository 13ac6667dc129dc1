/** Types of fold-table.js (plain ESM so the reference API in Node shares the one table). */
export declare const FOLD_TABLE: Readonly<Record<string, string>>;
export declare const foldText: (text: string) => string;
