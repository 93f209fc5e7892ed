import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { IngestError } from './ingest-error.ts';
import {
	MANIFEST_NAME,
	ManifestErrors,
	readManifest,
	type Manifest,
	type ManifestRow,
} from './manifest.ts';

/** One article to ingest, with its manifest row when the manifest beside it has one. */
export interface Input {
	file: string;
	row: ManifestRow | undefined;
	/** The manifest's path as the user would open it, for the frontmatter's comments. */
	manifest: string;
}

/** The articles named on the command line, folders expanded, and what could not be used. */
export interface Inputs {
	inputs: Input[];
	/** Every problem of the manifests and folders, each naming its file and line. */
	errors: IngestError[];
	/** Files not ingested because of those problems (every file of a folder whose manifest is broken). */
	refused: number;
}

/**
 * Expands the command line's paths: a file is itself; a folder is its `*.txt` files, in name
 * order (not its subfolders). Each file is read with the `manifest.yaml` of its own folder, if
 * there is one; a broken manifest refuses every file of its folder, and a row naming a file the
 * folder does not have is refused (a typo would otherwise leave an article without its publisher).
 */
export async function collectInputs(paths: readonly string[]): Promise<Inputs> {
	const manifests = new Map<string, Promise<Manifest>>();
	const manifestOf = (folder: string) => {
		let manifest = manifests.get(folder);
		if (!manifest) manifests.set(folder, (manifest = readManifest(folder)));
		return manifest;
	};
	const inputs: Input[] = [];
	const errors: IngestError[] = [];
	let refused = 0;
	const reported = new Set<string>();
	for (const path of paths) {
		const folder = (await isDirectory(path)) ? path : undefined;
		const files =
			folder === undefined
				? [path]
				: (await readdir(folder))
						.filter((name) => name.endsWith('.txt'))
						.sort()
						.map((name) => join(folder, name));
		if (folder !== undefined && files.length === 0) {
			errors.push(
				new IngestError(
					folder,
					undefined,
					'is a folder without any .txt article',
					'Put the articles in it as .txt files, or name the files themselves',
				),
			);
			continue;
		}
		const home = folder ?? dirname(path);
		let manifest: Manifest;
		try {
			manifest = await manifestOf(home);
		} catch (error) {
			if (!(error instanceof ManifestErrors)) throw error;
			// A manifest's problems are told once, however many of its files are named.
			if (!reported.has(home)) errors.push(...error.errors);
			reported.add(home);
			refused += files.length;
			continue;
		}
		if (folder !== undefined) {
			const names = new Set(files.map((file) => basename(file)));
			for (const row of manifest.values()) {
				if (!names.has(row.file))
					errors.push(
						new IngestError(
							join(folder, MANIFEST_NAME),
							Number(row.place.split(':')[1]),
							`lists ${row.file}, which is not a .txt file in ${folder}`,
							'Correct the file name, or remove the entry',
						),
					);
			}
		}
		for (const file of files) {
			inputs.push({ file, row: manifest.get(basename(file)), manifest: join(home, MANIFEST_NAME) });
		}
	}
	return { inputs, errors, refused };
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		// A missing file is reported by the ingest itself, naming it.
		return false;
	}
}
