// Talc instead of the default dlmalloc: the same job in a fraction of the WebAssembly.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    xicheng_data_awards_app::mount();
}
