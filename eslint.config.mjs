import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { react },
    settings: { react: { version: "19" } },
    rules: {
      "react/jsx-key": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Office.js rules where Office.js is used (they misread ExcelJS's getCell elsewhere).
    files: ["src/hosts/office/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
      "office-addins/no-office-initialize": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-empty-load": "error",
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true } },
    rules: { "@typescript-eslint/return-await": ["error", "in-try-catch"] },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        module: "writable",
        require: "readonly",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
