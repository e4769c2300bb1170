/**
 * The document store (MongoDB or any server speaking its wire protocol): connection settings, indexes
 * and the bounded class scan that Eclipse JNoSQL uses to find entities.
 */
package dev.redtortoise.platform.documents;
