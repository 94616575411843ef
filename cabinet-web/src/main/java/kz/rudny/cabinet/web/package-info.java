/**
 * The Jakarta Faces interface: one small view bean per screen, each calling one module boundary; no
 * EntityManager here. Every visible string comes from {@code messages*.properties} (kk, ru, en).
 */
package kz.rudny.cabinet.web;
