// A storytelling config.js read without running it: acorn parses the file, and only the
// literal values of the object assigned to `config` are taken. Everything else (code at
// top level, functions, getters, names, calls, templates with expressions, spreads,
// computed keys) is listed by where it stands and never evaluated.
import {
	parse,
	type Expression,
	type Node,
	type Program,
	type Statement,
	type ModuleDeclaration
} from 'acorn';

export type Literal = string | number | boolean | null | Literal[] | LiteralObject;
export interface LiteralObject {
	[key: string]: Literal;
}

export interface ConfigRead {
	config?: LiteralObject;
	/** Values not read, by path in the config: `chapters[2].callback`, `a function`. */
	skipped: { path: string; what: string }[];
	/** Top-level code that was not run, by line: `line 3: a call to fetch(…)`. */
	code: string[];
	problems: string[];
}

/** Deeper than this, a config is not a story's settings; it is not read. */
const MAX_DEPTH = 32;

export function readLiteralConfig(source: string): ConfigRead {
	try {
		return readConfig(source);
	} catch (error) {
		// Hostile nesting can exhaust the stack in the parser; the file is refused, not run.
		if (!(error instanceof RangeError)) throw error;
		return { skipped: [], code: [], problems: ['cannot be read: it is nested too deeply'] };
	}
}

function readConfig(source: string): ConfigRead {
	const read: ConfigRead = { skipped: [], code: [], problems: [] };
	const program = parseProgram(source, read);
	if (!program) return read;
	let found: { node: Expression; line: number } | undefined;
	const take = (node: Expression, at: Node) => {
		if (found)
			read.code.push(
				`line ${found.line}: an earlier config, replaced by the one on line ${lineOf(at)}`
			);
		found = { node, line: lineOf(at) };
	};
	for (const statement of program.body) {
		const config = configIn(statement);
		if (config) take(config, statement);
		else if (!isHarmless(statement))
			read.code.push(`line ${lineOf(statement)}: ${describeStatement(statement)}`);
	}
	if (!found) {
		read.problems.push(
			'has no `var config = { … }` (nor `window.config = …` or `export default { … }`) to read'
		);
		return read;
	}
	if (found.node.type !== 'ObjectExpression') {
		read.problems.push(
			`line ${found.line}: config is ${describe(found.node)}, not an object literal; the importer reads only literal values and runs nothing`
		);
		return read;
	}
	const config = literal(found.node, '', 0, read);
	if (config && typeof config === 'object' && !Array.isArray(config)) read.config = config;
	return read;
}

function parseProgram(source: string, read: ConfigRead): Program | undefined {
	const options = { ecmaVersion: 'latest', allowHashBang: true, locations: true } as const;
	try {
		return parse(source, { ...options, sourceType: 'script' });
	} catch {
		try {
			return parse(source, { ...options, sourceType: 'module' });
		} catch (error) {
			const message =
				error instanceof RangeError
					? 'it is nested too deeply to read'
					: error instanceof Error
						? error.message
						: String(error);
			read.problems.push(`cannot be read as JavaScript: ${message}`);
			return undefined;
		}
	}
}

/** The expression a statement gives `config`, if that is what it does. */
function configIn(statement: Statement | ModuleDeclaration): Expression | undefined {
	if (statement.type === 'ExportDefaultDeclaration')
		return statement.declaration.type === 'ObjectExpression' ? statement.declaration : undefined;
	const declaration =
		statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
	if (declaration?.type === 'VariableDeclaration') {
		const declarator = declaration.declarations.find(
			(d) => d.id.type === 'Identifier' && d.id.name === 'config'
		);
		if (declarator?.init && declaration.declarations.length === 1) return declarator.init;
		return undefined;
	}
	if (declaration?.type !== 'ExpressionStatement') return undefined;
	const expression = declaration.expression;
	if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return undefined;
	const target = expression.left;
	if (target.type === 'Identifier' && target.name === 'config') return expression.right;
	if (
		target.type === 'MemberExpression' &&
		!target.computed &&
		target.object.type === 'Identifier' &&
		['window', 'globalThis', 'self'].includes(target.object.name) &&
		target.property.type === 'Identifier' &&
		target.property.name === 'config'
	)
		return expression.right;
	return undefined;
}

/** Statements that do nothing: empty ones and directives like 'use strict'. */
function isHarmless(statement: Statement | ModuleDeclaration): boolean {
	return (
		statement.type === 'EmptyStatement' ||
		(statement.type === 'ExpressionStatement' && statement.directive !== undefined)
	);
}

function literal(node: Node, path: string, depth: number, read: ConfigRead): Literal | undefined {
	const skip = (what: string) => {
		read.skipped.push({ path: path || 'config', what });
		return undefined;
	};
	if (depth > MAX_DEPTH) return skip('nested too deeply to read');
	const expression = node as Expression;
	switch (expression.type) {
		case 'Literal': {
			const value = expression.value;
			if (expression.regex) return skip('a regular expression');
			if (typeof value === 'bigint' || expression.bigint !== undefined) return skip('a BigInt');
			if (value instanceof RegExp) return skip('a regular expression');
			return value ?? null;
		}
		case 'TemplateLiteral':
			if (expression.expressions.length) return skip('a template literal with expressions');
			return (
				expression.quasis[0]?.value.cooked ?? skip('a template literal with an invalid escape')
			);
		case 'UnaryExpression': {
			const argument = expression.argument;
			const negative = expression.operator === '-';
			if (
				(negative || expression.operator === '+') &&
				argument.type === 'Literal' &&
				typeof argument.value === 'number'
			)
				return negative ? -argument.value : argument.value;
			return skip('an expression');
		}
		case 'ArrayExpression':
			return expression.elements.map((element, i) => {
				const at = `${path}[${i}]`;
				if (element === null) return (read.skipped.push({ path: at, what: 'an empty slot' }), null);
				if (element.type === 'SpreadElement')
					return (read.skipped.push({ path: at, what: 'a spread (...)' }), null);
				return literal(element, at, depth + 1, read) ?? null;
			});
		case 'ObjectExpression': {
			const object: LiteralObject = Object.create(null) as LiteralObject;
			for (const property of expression.properties) {
				if (property.type === 'SpreadElement') {
					read.skipped.push({ path: path || 'config', what: 'a spread (...)' });
					continue;
				}
				const key = propertyKey(property.key, property.computed);
				const at = key === undefined ? `${path || 'config'}[…]` : path ? `${path}.${key}` : key;
				const what =
					key === undefined
						? 'a computed key'
						: property.kind === 'get'
							? 'a getter'
							: property.kind === 'set'
								? 'a setter'
								: property.method
									? 'a function'
									: property.shorthand
										? 'a name (a variable)'
										: key === '__proto__'
											? 'a __proto__ key'
											: undefined;
				if (what) {
					read.skipped.push({ path: at, what });
					continue;
				}
				if (Object.hasOwn(object, key!))
					read.skipped.push({ path: at, what: 'a key given twice (the last is read)' });
				const value = literal(property.value, at, depth + 1, read);
				if (value !== undefined) object[key!] = value;
				else delete object[key!];
			}
			return object;
		}
		default:
			return skip(describe(expression));
	}
}

function propertyKey(key: Expression | Node, computed: boolean): string | undefined {
	if (computed) return undefined;
	if (key.type === 'Identifier') return (key as { name: string }).name;
	const value = (key as { value?: unknown }).value;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** What an expression is, in words, naming functions it calls but quoting no values. */
export function describe(node: Node): string {
	const expression = node as Expression;
	switch (expression.type) {
		case 'FunctionExpression':
		case 'ArrowFunctionExpression':
			return 'a function';
		case 'ClassExpression':
			return 'a class';
		case 'CallExpression':
			return `a call to ${nameOf(expression.callee)}(…)`;
		case 'NewExpression':
			return `a new ${nameOf(expression.callee)}(…)`;
		case 'Identifier':
			return expression.name === 'undefined' ? 'undefined' : `a name (${expression.name})`;
		case 'MemberExpression':
			return `a name (${nameOf(expression)})`;
		case 'TaggedTemplateExpression':
			return `a tagged template (${nameOf(expression.tag)})`;
		case 'ImportExpression':
			return 'an import(…)';
		case 'AwaitExpression':
			return 'an await';
		default:
			return 'an expression';
	}
}

function describeStatement(statement: Statement | ModuleDeclaration): string {
	switch (statement.type) {
		case 'ExpressionStatement': {
			const expression = statement.expression;
			if (expression.type === 'AssignmentExpression')
				return `an assignment to ${nameOf(expression.left)}`;
			return describe(expression);
		}
		case 'VariableDeclaration':
			return `a declaration of ${statement.declarations.map((d) => nameOf(d.id)).join(', ')}`;
		case 'FunctionDeclaration':
			return `a function (${statement.id.name})`;
		case 'ClassDeclaration':
			return `a class (${statement.id.name})`;
		case 'ImportDeclaration':
			return 'an import';
		default:
			return `a statement (${statement.type.replace(/Statement|Declaration/, '').toLowerCase() || 'other'})`;
	}
}

/** `fetch`, `process.exit`, `require(…).writeFileSync`: names only, never literal values. */
function nameOf(node: Node, depth = 0): string {
	const expression = node as Expression;
	if (depth > 6) return '…';
	if (expression.type === 'Identifier') return expression.name;
	if (expression.type === 'MemberExpression') {
		const property =
			!expression.computed && expression.property.type === 'Identifier'
				? `.${expression.property.name}`
				: '[…]';
		return `${nameOf(expression.object, depth + 1)}${property}`;
	}
	if (expression.type === 'CallExpression') return `${nameOf(expression.callee, depth + 1)}(…)`;
	if (expression.type === 'ThisExpression') return 'this';
	return '(…)';
}

function lineOf(node: Node): number {
	return node.loc?.start.line ?? 0;
}
