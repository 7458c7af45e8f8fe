/** Vietnamese text primitives (Unicode normalisation, tone placement, accent folding, sentences); pure Java. */
package vn.baocao.text;
