/**
 * People as stored: accounts with their roles and password hashes (district-level), the school's staff records,
 * and every sign-in attempt. Internal to the domain.
 */
package kz.rudny.cabinet.domain.people.entity;
