/work/main/bindings/python/target/release/deps/debug_unreachable-46be0330b4a1fffe.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/new_debug_unreachable-1.0.6/src/lib.rs

/work/main/bindings/python/target/release/deps/libdebug_unreachable-46be0330b4a1fffe.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/new_debug_unreachable-1.0.6/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/new_debug_unreachable-1.0.6/src/lib.rs:
