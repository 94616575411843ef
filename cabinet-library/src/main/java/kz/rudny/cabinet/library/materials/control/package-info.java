/**
 * The files behind teachers' digital materials: what kind a file is (from its bytes), what is kept of the
 * name the browser sent, where the bytes are stored under generated names, and the text inside documents
 * for search. Internal to the library module.
 */
package kz.rudny.cabinet.library.materials.control;
