/** `{{key}}` placeholders of a printed text filled from `values`; an unknown key stays visible. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}
