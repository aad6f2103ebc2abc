/**
 * Which of the story file's fields an edition in another language translates: marked once,
 * on the field in the schema (fields.ts, story.ts). The edition's schema, its checks
 * against the story and the localizer (tools/story/translations.ts, edition-schema.ts,
 * localize.ts) are all read from these marks, so a field marked here is carried, or its
 * missing translation refused, with no other file to edit.
 *
 * How an edition holds what is marked, from the story's shape:
 * - a marked field: the same field, translated whole (a text, or a list of texts);
 * - an object: the fields of it that hold translations; one inside another (a story's
 *   `meta.span`) is flattened into it, its name before theirs (`spanLabel`);
 * - a list of items with an `id` (places, sources, events): the items by id;
 * - a list marked `keyedBy(…, field)`: the items by that field (`countryLabels` by name);
 * - any other list: the items in the story's order (paragraphs, media); an item with one
 *   translated field is written as that field alone (a paragraph as its text).
 */
import { z } from 'zod';

declare const TRANSLATABLE: unique symbol;
declare const KEYED_BY: unique symbol;

/** A schema an edition translates: its type carries the mark, as the registry does at run time. */
export type Translatable<S extends z.ZodType = z.ZodType> = S & { readonly [TRANSLATABLE]: true };
/** A list whose items an edition holds by one of their fields. */
export type KeyedBy<S extends z.ZodType, Key extends string> = S & { readonly [KEYED_BY]: Key };

export interface TranslationMark {
	translatable?: true;
	keyedBy?: string;
}

/** The marks, by schema. Zod copies a schema on `.describe()`: mark it last (`.optional()` wraps, and keeps it). */
export const translations = z.registry<TranslationMark>();

/** Marks a field an edition translates. */
export const translatable = <S extends z.ZodType>(schema: S): Translatable<S> =>
	(schema as z.ZodType).register(translations, { translatable: true }) as Translatable<S>;

/** Marks a list an edition holds by one of its items' fields (which an edition may translate). */
export const keyedBy = <S extends z.ZodArray, Key extends string>(
	schema: S,
	key: Key
): KeyedBy<S, Key> =>
	(schema as z.ZodType).register(translations, { keyedBy: key }) as KeyedBy<S, Key>;

// What an edition holds, as types, by the same rules (EditionOf).
type Inner<S> =
	S extends z.ZodOptional<infer I> ? Inner<I> : S extends z.ZodDefault<infer I> ? Inner<I> : S;
type MayBeLeftOut<S> = S extends z.ZodOptional | z.ZodDefault ? true : false;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type Has<T> = [T] extends [never] ? false : true;
/** An item with one translated field is written as that field alone. */
type Alone<T> = IsUnion<keyof T> extends false ? T[keyof T] : T;

/** The fields of an object (`Shape`) that hold translations, with the optional ones optional. */
type FieldsOf<Shape> = Flat<
	{
		[
			K in keyof Shape as Has<Own<Shape[K]>> extends true
				? MayBeLeftOut<Shape[K]> extends true
					? never
					: K
				: never
		]: Own<Shape[K]>;
	} & {
		[
			K in keyof Shape as Has<Own<Shape[K]>> extends true
				? MayBeLeftOut<Shape[K]> extends true
					? K
					: never
				: never
		]?: Own<Shape[K]>;
	} & UnionToIntersection<
			{ [K in keyof Shape & string]: Hoisted<K, Shape[K]> }[keyof Shape & string]
		>
>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
	i: infer I
) => void
	? I
	: never;
/** A field's translations where it stands: a marked field, or a list (an object is flattened). */
type Own<S> = Inner<S> extends z.ZodObject ? never : EditionOf<S>;
/** An object's translations, flattened into its parent's under its name (`spanLabel`). */
type Hoisted<Name extends string, S> =
	Inner<S> extends z.ZodObject<infer Shape>
		? Has<keyof FieldsOf<Shape>> extends true
			? {
					[K in keyof FieldsOf<Shape> & string as `${Name}${Capitalize<K>}`]?: FieldsOf<Shape>[K];
				}
			: Nothing
		: Nothing;
type Nothing = Record<never, never>;
type ListOf<Item, Key> =
	Has<EditionOf<Item>> extends false
		? never
		: Key extends string
			? Record<string, Alone<EditionOf<Item>>>
			: Inner<Item> extends z.ZodObject<infer Shape>
				? 'id' extends keyof Shape
					? Record<string, EditionOf<Item>>
					: Alone<EditionOf<Item>>[]
				: EditionOf<Item>[];

/** What an edition holds of a part of the story whose schema is `S` (never: nothing). */
export type EditionOf<S> =
	Inner<S> extends { readonly [TRANSLATABLE]: true }
		? z.output<Inner<S>>
		: Inner<S> extends z.ZodArray<infer Item>
			? ListOf<Item, Inner<S> extends { readonly [KEYED_BY]: infer Key } ? Key : undefined>
			: Inner<S> extends z.ZodObject<infer Shape>
				? Has<keyof FieldsOf<Shape>> extends true
					? FieldsOf<Shape>
					: never
				: never;
