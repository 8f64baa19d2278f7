fn main() {
    xicheng_data_awards::ui::mount();
}
