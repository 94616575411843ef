/**
 * Materials as stored, school-scoped: the description and review status, every file version, and every step of
 * the workflow with who and when.
 */
package kz.rudny.cabinet.library.materials.entity;
