'use strict';
// A subset of Segment's Filter Query Language (FQL), for the triggers of destination
// subscriptions: paths (type, event, properties.total, context.app.name), strings, numbers,
// true/false/null; = != > >= < <=; and, or, not / !; parentheses; contains(path, "x"),
// match(path, "glob*") and lowercase(path). Dev-only.

class FqlError extends Error {}

function tokenize(source) {
	const tokens = [];
	let i = 0;
	while (i < source.length) {
		const ch = source[i];
		if (/\s/.test(ch)) {
			i += 1;
		} else if (ch === '"') {
			let value = '';
			i += 1;
			for (;;) {
				if (i >= source.length) throw new FqlError('unterminated string');
				const c = source[i];
				if (c === '\\') {
					if (i + 1 >= source.length) throw new FqlError('unterminated string');
					value += source[i + 1];
					i += 2;
				} else if (c === '"') {
					i += 1;
					break;
				} else {
					value += c;
					i += 1;
				}
			}
			tokens.push({ kind: 'string', value });
		} else if (/[0-9-]/.test(ch) && /^-?\d/.test(source.slice(i))) {
			const match = /^-?\d+(\.\d+)?/.exec(source.slice(i));
			tokens.push({ kind: 'number', value: Number(match[0]) });
			i += match[0].length;
		} else if (/[A-Za-z_$]/.test(ch)) {
			const match = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*/.exec(source.slice(i));
			tokens.push({ kind: 'word', value: match[0] });
			i += match[0].length;
		} else {
			const two = source.slice(i, i + 2);
			if (['!=', '>=', '<='].includes(two)) {
				tokens.push({ kind: 'op', value: two });
				i += 2;
			} else if ('=<>!(),'.includes(ch)) {
				tokens.push({ kind: ch === '(' || ch === ')' || ch === ',' ? ch : 'op', value: ch });
				i += 1;
			} else {
				throw new FqlError(`unexpected character "${ch}"`);
			}
		}
	}
	return tokens;
}

const FUNCTIONS = {
	contains: (args) => {
		const [haystack, needle] = args;
		return typeof haystack === 'string' && typeof needle === 'string' && haystack.includes(needle);
	},
	match: (args) => {
		const [value, glob] = args;
		if (typeof value !== 'string' || typeof glob !== 'string') return false;
		const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
		return new RegExp(`^${pattern}$`).test(value);
	},
	lowercase: (args) => (typeof args[0] === 'string' ? args[0].toLowerCase() : args[0]),
};
const ARITY = { contains: 2, match: 2, lowercase: 1 };

/** Parses `source` into an AST; throws FqlError naming what is wrong. */
function parse(source) {
	if (typeof source !== 'string' || source.trim() === '') throw new FqlError('empty condition');
	const tokens = tokenize(source);
	let at = 0;
	const peek = () => tokens[at];
	const next = () => tokens[at++];
	const isWord = (word) => peek() && peek().kind === 'word' && peek().value === word;
	const expect = (kind) => {
		const token = next();
		if (!token || token.kind !== kind) throw new FqlError(`expected "${kind}"`);
		return token;
	};

	function orExpr() {
		let left = andExpr();
		while (isWord('or')) {
			next();
			left = { kind: 'or', left, right: andExpr() };
		}
		return left;
	}
	function andExpr() {
		let left = notExpr();
		while (isWord('and')) {
			next();
			left = { kind: 'and', left, right: notExpr() };
		}
		return left;
	}
	function notExpr() {
		if (isWord('not') || (peek() && peek().kind === 'op' && peek().value === '!')) {
			next();
			return { kind: 'not', operand: notExpr() };
		}
		return comparison();
	}
	function comparison() {
		if (peek() && peek().kind === '(') {
			next();
			const inner = orExpr();
			expect(')');
			return inner;
		}
		const left = value();
		const op = peek();
		if (op && op.kind === 'op' && ['=', '!=', '>', '>=', '<', '<='].includes(op.value)) {
			next();
			return { kind: 'compare', op: op.value, left, right: value() };
		}
		if (left.kind === 'call') return left;
		throw new FqlError('expected a comparison');
	}
	function value() {
		const token = next();
		if (!token) throw new FqlError('unexpected end of condition');
		if (token.kind === 'string' || token.kind === 'number') return { kind: 'literal', value: token.value };
		if (token.kind === 'word') {
			if (token.value === 'true' || token.value === 'false')
				return { kind: 'literal', value: token.value === 'true' };
			if (token.value === 'null') return { kind: 'literal', value: null };
			if (['and', 'or', 'not'].includes(token.value)) throw new FqlError(`unexpected "${token.value}"`);
			if (peek() && peek().kind === '(') {
				if (!FUNCTIONS[token.value]) throw new FqlError(`unknown function "${token.value}"`);
				next();
				const args = [value()];
				while (peek() && peek().kind === ',') {
					next();
					args.push(value());
				}
				expect(')');
				if (args.length !== ARITY[token.value])
					throw new FqlError(`${token.value}() takes ${ARITY[token.value]} arguments`);
				return { kind: 'call', name: token.value, args };
			}
			return { kind: 'path', path: token.value.split('.') };
		}
		throw new FqlError(`unexpected "${token.value}"`);
	}

	const ast = orExpr();
	if (at < tokens.length) throw new FqlError(`unexpected "${tokens[at].value}"`);
	return ast;
}

function valueOf(node, event) {
	if (node.kind === 'literal') return node.value;
	if (node.kind === 'path') {
		let current = event;
		for (const key of node.path) {
			if (current === null || typeof current !== 'object') return undefined;
			current = current[key];
		}
		return current;
	}
	if (node.kind === 'call') return FUNCTIONS[node.name](node.args.map((arg) => valueOf(arg, event)));
	return evaluate(node, event);
}

function evaluate(node, event) {
	switch (node.kind) {
		case 'or':
			return evaluate(node.left, event) || evaluate(node.right, event);
		case 'and':
			return evaluate(node.left, event) && evaluate(node.right, event);
		case 'not':
			return !evaluate(node.operand, event);
		case 'call':
			return Boolean(valueOf(node, event));
		case 'compare': {
			let left = valueOf(node.left, event);
			let right = valueOf(node.right, event);
			if (left === undefined) left = null;
			if (right === undefined) right = null;
			if (node.op === '=') return left === right;
			if (node.op === '!=') return left !== right;
			if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string'))
				return false;
			if (node.op === '>') return left > right;
			if (node.op === '>=') return left >= right;
			if (node.op === '<') return left < right;
			return left <= right;
		}
		default:
			return Boolean(valueOf(node, event));
	}
}

/** Whether `event` meets the FQL condition `source` (parsed once per distinct condition). */
const cache = new Map();
function matches(source, event) {
	let ast = cache.get(source);
	if (!ast) {
		ast = parse(source);
		if (cache.size > 1000) cache.clear();
		cache.set(source, ast);
	}
	return evaluate(ast, event);
}

/** The problem with a condition, or undefined when it parses. */
function problemOf(source) {
	try {
		parse(source);
		return undefined;
	} catch (error) {
		if (error instanceof FqlError) return error.message;
		throw error;
	}
}

module.exports = { parse, matches, problemOf, FqlError };
