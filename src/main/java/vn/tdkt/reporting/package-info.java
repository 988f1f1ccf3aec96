/**
 * The reporting read-model: the one place that reads across the stages' tables, only with SELECT,
 * and returns plain records (counts, names, codes). It sits low, under the stages, so any stage,
 * page or paper can show figures without knowing another stage's SQL. It writes nothing.
 */
package vn.tdkt.reporting;
