/**
 * Corners and the items placed in them, school-scoped. An item holds the material's id, not the material:
 * materials belong to the materials feature.
 */
package kz.rudny.cabinet.library.corners.entity;
