/** Archive-scale benchmarks: a synthetic corpus with known entities, Communiqué against a raw-Lucene baseline, per-category latency tables. */
package communique.bench;
