/work/main/bindings/python/target/release/deps/pyo3_build_config-a87e2da4860e9e03.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/errors.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/impl_.rs /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config-file.txt /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config.txt

/work/main/bindings/python/target/release/deps/libpyo3_build_config-a87e2da4860e9e03.rlib: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/errors.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/impl_.rs /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config-file.txt /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config.txt

/work/main/bindings/python/target/release/deps/libpyo3_build_config-a87e2da4860e9e03.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/errors.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/impl_.rs /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config-file.txt /work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config.txt

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/errors.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/pyo3-build-config-0.25.1/src/impl_.rs:
/work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config-file.txt:
/work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out/pyo3-build-config.txt:

# env-dep:CARGO_PKG_VERSION=0.25.1
# env-dep:OUT_DIR=/work/main/bindings/python/target/release/build/pyo3-build-config-1f716f315e98fcab/out
