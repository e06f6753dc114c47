/** A message: plain text with `{name}` placeholders, or plural forms chosen by the `count` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type Locale = 'en' | 'ar';
export const locales: readonly Locale[] = ['en', 'ar'];
/** An Arabic catalogue must translate exactly the keys of its English twin. */
export type Translation<T extends Messages> = { [K in keyof T]: Message };
