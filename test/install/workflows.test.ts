/**
 * The GitHub workflows: test.yml runs the README's test command on every push and pull request
 * on Debian with the packages .ci/run installs; pages.yml builds for the repository's GitHub
 * Pages address and publishes dist/ there.
 */
import { execFile } from "node:child_process";
import { promises as fs, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { tempDir } from "../helpers";

const exec = promisify(execFile);
const ROOT = path.join(__dirname, "..", "..");

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  "runs-on": string;
  container?: string;
  needs?: string | string[];
  environment?: { name: string; url?: string };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = (name: string) =>
  parse(readFileSync(path.join(ROOT, ".github", "workflows", name), "utf8")) as Workflow;
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run] : []));

describe("test.yml", () => {
  const wf = load("test.yml");
  const job = wf.jobs.test as Job;

  it("runs on every push and pull request, on Debian", () => {
    expect(Object.keys(wf.on).sort()).toEqual(["pull_request", "push"]);
    expect(wf.on.push).toBeNull(); // every branch
    expect(job.container).toMatch(/^node:20-bookworm$/);
    expect(job.steps[0]?.uses).toBe("actions/checkout@v4");
  });

  it("installs the Debian packages .ci/run installs", () => {
    const ci = readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    const needed = [...ci.matchAll(/need\+=\(([^)]+)\)/g)].map((m) => m[1] as string);
    expect(needed).toEqual(
      expect.arrayContaining(["chromium", "libxml2-utils", "fonts-thai-tlwg"]),
    );
    const apt = runs(job).find((r) => r.includes("apt-get install")) ?? "";
    for (const pkg of needed) expect(apt.split(/\s+/)).toContain(pkg);
  });

  it("runs the README's test command and every check of .ci/run, in the same order", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    // The README's two commands, install-and-demo and test, are what a fresh clone runs.
    const tryIt = readme.slice(readme.indexOf("## Try it"), readme.indexOf("### What you get"));
    const blocks = [...tryIt.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => (m[1] as string).trim());
    expect(blocks).toEqual(["npm ci && npm run demo", "npm test"]);
    const commands = runs(job).filter((r) => r.startsWith("npm "));
    expect(commands).toEqual([
      "npm ci --no-audit --no-fund",
      "npm run typecheck",
      "npm run lint",
      "npm run format:check",
      "npm run validate",
      "npm test -- --ci",
    ]);
    const ci = readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    const ciCommands = [...ci.matchAll(/^(?:step )?(npm (?:ci|run --silent \S+|test))/gm)].map(
      (m) => (m[1] as string).replace("run --silent", "run"),
    );
    expect(ciCommands).toEqual([
      "npm ci",
      "npm run typecheck",
      "npm run lint",
      "npm run format:check",
      "npm run validate",
      "npm test",
    ]);
  });
});

describe("pages.yml", () => {
  const wf = load("pages.yml");
  const build = wf.jobs.build as Job;
  const deploy = wf.jobs.deploy as Job;

  it("publishes from main (and by hand) with the Pages permissions", () => {
    expect(wf.on.push).toEqual({ branches: ["main"] });
    expect(wf.on).toHaveProperty("workflow_dispatch");
    expect(wf.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });

  it("configures Pages, builds with ITA_PUBLIC_URL set to the Pages address, uploads dist/", () => {
    const uses = build.steps.map((s) => s.uses).filter(Boolean);
    expect(uses).toEqual([
      "actions/checkout@v4",
      "actions/setup-node@v4",
      "actions/configure-pages@v5",
      "actions/upload-pages-artifact@v3",
    ]);
    const address = build.steps.find((s) => s.id === "address") as Step;
    expect(address.env).toMatchObject({
      OWNER: "${{ github.repository_owner }}",
      REPO: "${{ github.event.repository.name }}",
    });
    const at = (pred: (s: Step) => boolean) => build.steps.findIndex(pred);
    const buildStep = build.steps.find((s) => s.run === "npm run build") as Step;
    expect(buildStep.env).toEqual({ ITA_PUBLIC_URL: "${{ steps.address.outputs.url }}" });
    expect(at((s) => s.run?.startsWith("npm ci") ?? false)).toBeLessThan(
      at((s) => s.run === "npm run build"),
    );
    const upload = build.steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"));
    expect(upload?.with).toEqual({ path: "dist" });
    expect(at((s) => s.run === "npm run build")).toBeLessThan(
      at((s) => s.uses?.startsWith("actions/upload-pages-artifact") ?? false),
    );
  });

  it("deploys the artifact to the github-pages environment", () => {
    expect(deploy.needs).toBe("build");
    expect(deploy.environment).toEqual({
      name: "github-pages",
      url: "${{ steps.deployment.outputs.page_url }}",
    });
    expect(deploy.steps).toEqual([{ id: "deployment", uses: "actions/deploy-pages@v4" }]);
  });

  describe("the address step", () => {
    const script = (build.steps.find((s) => s.id === "address") as Step).run as string;
    let dir: string;
    let runs = 0;
    beforeAll(async () => {
      dir = await tempDir();
    });
    afterAll(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    async function address(env: Record<string, string>): Promise<string> {
      const output = path.join(dir, `output-${++runs}`);
      await exec("bash", ["-eo", "pipefail", "-c", script], {
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, CUSTOM: "", ...env },
      });
      return readFileSync(output, "utf8");
    }

    it.each([
      [
        { OWNER: "Some-Agency", REPO: "ita-analyzer" },
        "https://some-agency.github.io/ita-analyzer",
      ],
      [{ OWNER: "Some-Agency", REPO: "Some-Agency.github.io" }, "https://some-agency.github.io"],
      [
        { OWNER: "x", REPO: "ita-analyzer", CUSTOM: "https://it.example.go.th/ita" },
        "https://it.example.go.th/ita",
      ],
    ])("%j → %s", async (env, url) => {
      expect(await address(env)).toBe(`url=${url}\n`);
    });
  });
});

describe("every action", () => {
  it("is pinned to a major version", () => {
    for (const name of ["test.yml", "pages.yml"]) {
      for (const job of Object.values(load(name).jobs))
        for (const step of job.steps)
          if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });
});

describe("the README's demo", () => {
  afterEach(() => jest.useRealTimers());

  it("prints what the README says it prints, and writes the files it names", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const tryIt = readme.slice(readme.indexOf("## Try it"), readme.indexOf("### What you get"));
    const shown = /and prints:\n\n```\n([\s\S]*?)```/.exec(tryIt)?.[1];
    expect(shown).toBeDefined();
    // A day inside the plan's fiscal year (2569: 1 Oct 2025 – 30 Sep 2026), as the README
    // says: on other days the memo's date is left to fill, with one more note.
    jest.useFakeTimers({ now: new Date("2026-03-02T10:00:00+07:00"), advanceTimers: true });
    const { demo } = await import("../../scripts/demo");
    const dir = await tempDir();
    const cwd = process.cwd();
    let stdout = "";
    let stderr = "";
    try {
      // From a folder of its own, so that out/ is that folder's and the paths print alike.
      process.chdir(dir);
      const code = await demo(path.join(dir, "out"), {
        stdout: (t) => (stdout += t),
        stderr: (t) => (stderr += t),
      });
      expect(stderr).toBe("");
      expect(code).toBe(0);
      expect(stdout).toBe(shown);
      for (const file of shown!.matchAll(/: (out\/\S+)$/gm))
        await expect(fs.stat(path.join(dir, file[1] as string))).resolves.toBeTruthy();
    } finally {
      process.chdir(cwd);
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
