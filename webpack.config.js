/* Builds the task pane into dist/ (dist/taskpane.html, as in Microsoft's template).
 *
 *   npm run build       production: URLs in manifest.xml become ITA_PUBLIC_URL (default below)
 *   npm run dev-server  https://localhost:3000 for sideloading
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000";
const PUBLIC_URL = process.env.ITA_PUBLIC_URL || "https://ita-analyzer.example.org";

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  return {
    devtool: production ? false : "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.json" },
          },
        },
      ],
    },
    // No IE11 polyfills: Excel's webviews (Edge WebView2, Safari, modern browsers) run ES2020.
    target: ["web", "es2020"],
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-ita-2568.xlsx", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // The ES5 guard that taskpane.html loads first (not bundled: it must stay ES5).
          { from: "src/taskpane/guard.js", to: "guard.js" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production ? content.toString().split(DEV_URL).join(PUBLIC_URL) : content,
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
    },
  };
};
