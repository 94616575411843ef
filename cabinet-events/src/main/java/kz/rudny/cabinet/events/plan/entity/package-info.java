/** Plans and their items, school-scoped. */
package kz.rudny.cabinet.events.plan.entity;
