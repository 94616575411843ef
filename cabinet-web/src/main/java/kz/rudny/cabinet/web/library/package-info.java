/**
 * The library's pages: catalogue, title, title edit, loans, import, corners, search and the public certificate
 * check.
 */
package kz.rudny.cabinet.web.library;
