/**
 * The one way a boundary reports an error: bad input (with the field and a message key the interface
 * translates), a record that does not exist for the caller, an action the caller may not take, or a save of a
 * record someone else saved since its form was opened.
 */
package kz.rudny.cabinet.domain.errors;
