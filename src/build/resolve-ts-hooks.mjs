/** The resolve hook resolve-ts.mjs registers (module.register runs it on Node's loader thread). */

const RELATIVE = /^\.\.?\//;
const SCRIPT_EXTENSION = /\.[cm]?[jt]sx?$/;

/** A relative import Node cannot find as written is tried again with `.ts`. */
export async function resolve(specifier, context, nextResolve) {
	try {
		return await nextResolve(specifier, context);
	} catch (error) {
		if (!RELATIVE.test(specifier) || SCRIPT_EXTENSION.test(specifier)) throw error;
		return nextResolve(`${specifier}.ts`, context);
	}
}
