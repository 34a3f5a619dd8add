/* Builds the task pane into dist/ (dist/taskpane.html, as in Microsoft's template), with
 * dist/manifest.xml for the address dist/ is hosted at (scripts/publicUrl.js).
 *
 *   ITA_PUBLIC_URL=https://… npm run build   production; without ITA_PUBLIC_URL it stops
 *   npm run build:dev                         development build, manifest for localhost (warns)
 *   webpack --mode production --env localhost production code, manifest for localhost (tests)
 *   npm run dev-server                        https://localhost:3000 with this machine's
 *                                             certificate in .certs/ (scripts/devCert.js)
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const {
  AddressError,
  manifestProblems,
  resolveAddress,
  rewriteManifest,
} = require("./scripts/publicUrl.js");

/** dist/index.html: the bare address opens the pane (the standalone page in a browser). */
class IndexPagePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("IndexPagePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "IndexPagePlugin",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const html =
            '<!doctype html>\n<html lang="th">\n<meta charset="utf-8">\n<title>ITA Analyzer</title>\n' +
            '<meta http-equiv="refresh" content="0; url=taskpane.html">\n' +
            '<p><a href="taskpane.html">ITA Analyzer</a></p>\n</html>\n';
          compilation.emitAsset("index.html", new compiler.webpack.sources.RawSource(html));
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  let address;
  try {
    address = resolveAddress({
      publicUrl: serving ? undefined : process.env.ITA_PUBLIC_URL,
      development: serving || !production || Boolean(env.localhost),
    });
  } catch (e) {
    if (!(e instanceof AddressError)) throw e;
    console.error(`\n${e.message}\n`);
    process.exit(1);
  }
  if (address.warning && !serving) console.warn(`\n${address.warning}\n`);
  const manifest = (content) => {
    const xml = rewriteManifest(content.toString(), address.url);
    const problems = manifestProblems(xml, address.url);
    if (problems.length > 0) throw new Error(`manifest.xml: ${problems.join("; ")}`);
    return xml;
  };
  const certificate = serving ? await require("./scripts/devCert.js").ensureDevCert() : null;
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
            transform: manifest,
          },
        ],
      }),
      new IndexPagePlugin(),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      port: 3000,
      // This machine's localhost certificate (not a CA). No CORS header: the pane fetches only
      // from its own origin. Office on the web shows the manifest's icons from another site
      // (an <img>, no CORS needed), which the server refuses unless localhost is listed here;
      // the Host check against DNS rebinding stays.
      allowedHosts: ["localhost"],
      server: certificate
        ? { type: "https", options: { key: certificate.key, cert: certificate.cert } }
        : "https",
      hot: false,
    },
  };
};
