/**
 * Peers for bench:validate: the same generated form and complete record, validated by rjsf's
 * validator-ajv8 (its own ajv, draft 2020-12 so `unevaluatedProperties` and if/then mean the same) and
 * by SurveyJS core (the form translated to its JSON: one page per section, follow-ups shown by
 * visibleIf, every question required). Each peer refuses the bench if it finds the record invalid, so
 * nobody's time is that of a shortcut.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { Model } from 'survey-core';

type Json = Record<string, unknown>;

export interface Peer { name: string; validate: () => unknown }

export function rjsfPeer(definition: Json, answers: Json): Peer {
  type AjvClass = NonNullable<Parameters<typeof customizeValidator>[0]>['AjvClass'];
  const validator = customizeValidator({ AjvClass: Ajv2020 as unknown as AjvClass });
  const check = () => validator.validateFormData(answers, definition);
  const { errors } = check();
  if (errors.length > 0) throw new Error(`rjsf finds the generated record invalid: ${errors[0]!.stack}`);
  return { name: 'rjsf validator-ajv8', validate: check };
}

/** One question of the generated form as a SurveyJS element. */
function surveyElement(name: string, schema: Json): Json {
  const choices = (options: unknown) => (options as { const: string; title: string }[]).map((o) => ({ value: o.const, text: o.title }));
  const base = { name, title: schema.title, isRequired: true };
  switch (schema['x-kind']) {
    case 'yesNo': return { ...base, type: 'radiogroup', choices: (schema.enum as string[]).map((value) => ({ value, text: value })) };
    case 'singleChoice': return { ...base, type: 'radiogroup', choices: choices(schema.oneOf) };
    case 'multipleChoice': return { ...base, type: 'checkbox', choices: choices((schema.items as Json).oneOf) };
    case 'number': return { ...base, type: 'text', inputType: 'number', min: schema.minimum, max: schema.maximum, validators: [{ type: 'numeric', minValue: schema.minimum, maxValue: schema.maximum }] };
    case 'date': return { ...base, type: 'text', inputType: 'date' };
    default: return { ...base, type: 'text', maxLength: schema.maxLength, validators: [{ type: 'text', maxLength: schema.maxLength }] };
  }
}

function surveyJson(definition: Json): Json {
  const pages = Object.entries(definition.properties as Record<string, Json>).map(([key, section]) => {
    const elements = Object.entries(section.properties as Record<string, Json>).map(([name, schema]) => surveyElement(name, schema));
    for (const rule of section.allOf as { if: { properties: Record<string, { const: string }> }; then: { properties: Record<string, Json> } }[]) {
      const [opener, condition] = Object.entries(rule.if.properties)[0]!;
      for (const [name, schema] of Object.entries(rule.then.properties)) {
        elements.push({ ...surveyElement(name, schema), visibleIf: `{${opener}} = '${condition.const}'` });
      }
    }
    return { name: key, title: section.title, elements };
  });
  return { pages, checkErrorsMode: 'onComplete' };
}

/** Two rows: loading a record's answers into the model and validating them, and validating answers already loaded. */
export function surveyPeers(definition: Json, answers: Json): Peer[] {
  const survey = new Model(surveyJson(definition));
  // SurveyJS keeps answers flat by question name (the generated names are unique across sections).
  const flat = Object.assign({}, ...Object.values(answers)) as Json;
  const load = () => {
    survey.data = flat;
    return survey.validate(false, false);
  };
  if (!load()) throw new Error('SurveyJS finds the generated record invalid');
  return [
    { name: 'SurveyJS core: load answers, validate', validate: load },
    { name: 'SurveyJS core: validate answers already loaded', validate: () => survey.validate(false, false) },
  ];
}

export function peers(definition: Json, answers: Json): Peer[] {
  return [rjsfPeer(definition, answers), ...surveyPeers(definition, answers)];
}
