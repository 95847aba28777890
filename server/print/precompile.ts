/**
 * The print templates, precompiled once when the server starts: Handlebars.precompile turns each
 * `templates/*.hbs` into a template spec (plain JavaScript), and Handlebars.template binds the spec to
 * the server's Handlebars environment. Nothing is compiled per request, and a template with a syntax
 * error stops the server at start rather than failing the first print.
 *
 * Strict mode: a field the template names but the data lacks throws instead of printing blank, so a
 * renamed field in the view model is a failing test, not a silently empty line on a record that
 * travels with a person. Optional values are tested with {{#if}}, which strict mode allows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

const TEMPLATES = new URL('./templates/', import.meta.url);
const OPTIONS: PrecompileOptions = { strict: true };

/** Every template in templates/, by file name without `.hbs`, as a precompiled spec. */
export function precompileTemplates(): Map<string, TemplateSpecification> {
  const specs = new Map<string, TemplateSpecification>();
  for (const file of readdirSync(TEMPLATES).filter((name) => name.endsWith('.hbs')).sort()) {
    const source = readFileSync(new URL(file, TEMPLATES), 'utf8');
    specs.set(file.slice(0, -'.hbs'.length), specFrom(Handlebars.precompile(source, OPTIONS)));
  }
  return specs;
}

/** precompile returns the spec as JavaScript source (what a build would write to a file); this loads it. */
function specFrom(source: TemplateSpecification | string): TemplateSpecification {
  return typeof source === 'string' ? (new Function(`return ${source};`)() as TemplateSpecification) : source;
}
