/work/main/bindings/python/target/release/deps/servo_arc-8ea144430dbf4896.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/servo_arc-0.5.0/lib.rs

/work/main/bindings/python/target/release/deps/libservo_arc-8ea144430dbf4896.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/servo_arc-0.5.0/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/servo_arc-0.5.0/lib.rs:
