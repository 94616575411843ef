/**
 * A school starts in one step: the school methodologist imports the staff from a spreadsheet and hands out
 * the generated first passwords, shown once; imported people must choose their own at the first sign-in.
 */
package kz.rudny.cabinet.domain.staffimport.boundary;
