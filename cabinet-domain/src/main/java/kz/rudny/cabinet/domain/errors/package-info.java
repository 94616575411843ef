/**
 * The one way a boundary reports an error: bad input (with the field and a message key the interface
 * translates), a record that does not exist for the caller, or an action the caller may not take.
 */
package kz.rudny.cabinet.domain.errors;
