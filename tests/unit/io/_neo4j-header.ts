/**
 * A checker of neo4j-admin's CSV header grammar (Operations Manual, "Import header format"):
 * each field is `<name>:<field_type>` or a bare property name; field types are ID, START_ID,
 * END_ID (each with an optional `(group)`), TYPE, LABEL, IGNORE, or a property type (int, long,
 * float, double, boolean, byte, short, char, string, point, date, localtime, time,
 * localdatetime, datetime, duration), optionally an array (`[]`) and options in braces.
 * A node file has at most one ID field; a relationship file exactly one START_ID, one END_ID
 * and one TYPE (kg always writes the type in the file).
 */

const PROPERTY_TYPES = new Set([
  "int",
  "long",
  "float",
  "double",
  "boolean",
  "byte",
  "short",
  "char",
  "string",
  "point",
  "date",
  "localtime",
  "time",
  "localdatetime",
  "datetime",
  "duration",
]);
const SPECIAL = new Set(["ID", "START_ID", "END_ID", "TYPE", "LABEL", "IGNORE"]);
/** `name:TYPE(group){options}` with every part but the type optional. */
const FIELD = /^([^:]*):([A-Za-z_]+)(\[\])?(?:\(([^()]*)\))?(\{[^{}]*\})?$/;

/** Why one header field breaks the grammar, or null when it follows it. */
export function headerFieldError(field: string): string | null {
  if (field.length === 0) return "empty field";
  if (!field.includes(":"))
    return /^\S(.*\S)?$/.test(field) ? null : `'${field}': a name may not start or end with spaces`;
  const m = FIELD.exec(field);
  if (!m) return `'${field}': not <name>:<type>`;
  const [, name = "", type = "", array, group, options] = m;
  if (SPECIAL.has(type)) {
    if (array) return `'${field}': ${type} cannot be an array`;
    if (group !== undefined && !["ID", "START_ID", "END_ID"].includes(type))
      return `'${field}': only ID fields take a group`;
    if (group !== undefined && group.length === 0) return `'${field}': empty group`;
    if (options !== undefined && type !== "ID") return `'${field}': only ID fields take options`;
    return null;
  }
  if (!PROPERTY_TYPES.has(type)) return `'${field}': unknown type '${type}'`;
  if (name.length === 0) return `'${field}': a property needs a name`;
  if (group !== undefined) return `'${field}': a property takes no group`;
  return null;
}

/** Every grammar error of a node (`nodes`) or relationship (`relationships`) file's header. */
export function headerErrors(header: readonly string[], kind: "nodes" | "relationships"): string[] {
  const errors = header.map(headerFieldError).filter((e): e is string => e !== null);
  const count = (type: string): number =>
    header.filter((f) => new RegExp(`^[^:]*:${type}(\\(|\\{|$)`).test(f)).length;
  if (kind === "nodes") {
    if (count("ID") > 1) errors.push("more than one ID field");
    for (const t of ["START_ID", "END_ID", "TYPE"]) if (count(t) > 0) errors.push(`${t} in a node file`);
  } else {
    for (const t of ["START_ID", "END_ID", "TYPE"]) if (count(t) !== 1) errors.push(`needs exactly one ${t}`);
    for (const t of ["ID", "LABEL"]) if (count(t) > 0) errors.push(`${t} in a relationship file`);
  }
  const names = header
    .map((f) => (f.includes(":") ? f.slice(0, f.indexOf(":")) : f))
    .filter((n) => n.length > 0);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup !== undefined) errors.push(`property '${dup}' twice`);
  return errors;
}
