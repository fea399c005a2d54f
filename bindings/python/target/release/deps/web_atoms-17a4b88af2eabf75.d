/work/main/bindings/python/target/release/deps/web_atoms-17a4b88af2eabf75.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/web_atoms-0.3.0/lib.rs /work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/named_entities.rs /work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/generated.rs

/work/main/bindings/python/target/release/deps/libweb_atoms-17a4b88af2eabf75.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/web_atoms-0.3.0/lib.rs /work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/named_entities.rs /work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/generated.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/web_atoms-0.3.0/lib.rs:
/work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/named_entities.rs:
/work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out/generated.rs:

# env-dep:OUT_DIR=/work/main/bindings/python/target/release/build/web_atoms-7059dbdead238825/out
