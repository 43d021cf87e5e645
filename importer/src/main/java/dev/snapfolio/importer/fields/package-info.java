/**
 * The one description of a movement's generic fields (DESIGN §7): {@link
 * dev.snapfolio.importer.fields.MovementField} names each field (generic CSV column, flag, value
 * type, help text) and {@link dev.snapfolio.importer.fields.MovementFields} says, per kind, which
 * fields it uses, how its detail is built from a {@link
 * dev.snapfolio.importer.fields.MovementFields.Source} and how the fields are read back from a
 * movement. The generic CSV reader, the CLI's movement flags, {@code movement list} and its
 * writers are all driven by it; domain types only, no CSV.
 */
package dev.snapfolio.importer.fields;
