// Placeholder until the action lands (issue 4).
export {};
