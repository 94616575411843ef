/** The end of a transaction, for work that must wait for it ({@link kz.rudny.cabinet.domain.transactions.AfterTransaction}). */
package kz.rudny.cabinet.domain.transactions;
