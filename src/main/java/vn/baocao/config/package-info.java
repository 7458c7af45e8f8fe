/** Settings from defaults, an optional baocao.properties and the environment; secrets only from the environment. */
package vn.baocao.config;
