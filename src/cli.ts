export function main() { return 0; }
