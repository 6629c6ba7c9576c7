#!/usr/bin/env bash
# Publishes a built site to any host rclone reaches (an S3 bucket behind a CDN, Cloudflare R2,
# Backblaze B2, Google Cloud Storage…), uploading only the files whose bytes changed:
#
#   scripts/deploy/rclone-sync.sh dist REMOTE:BUCKET
#
# Files are compared by checksum, not by time: every build writes every file anew, so a tool
# that compares modification times would upload the whole site. A new article changes a few
# dozen pages and the newest search bundle's files (README «Where to host it, by size»).
#
# In two passes, so that a reader never gets a page that points at a file not yet uploaded:
# first the files pages and indexes point to (stylesheets, fonts, images, the search index's
# files, all named by their content), then the pages, feeds and indexes themselves, and only
# then is what the new site no longer has deleted.
set -euo pipefail

site=${1:?usage: scripts/deploy/rclone-sync.sh <site folder> <rclone remote:path>}
remote=${2:?usage: scripts/deploy/rclone-sync.sh <site folder> <rclone remote:path>}
[[ -f "$site/index.html" ]] || { echo "$site/index.html is missing: build the site first (npm run build)" >&2; exit 1; }

# What points at other files: pages, feeds, sitemaps, JSON indexes (bundles.json, each bundle's
# pagefind-entry.json), and the host's headers file.
pointers=(--exclude '*.html' --exclude '*.xml' --exclude '*.json' --exclude '*.txt' --exclude '/_headers')

rclone copy --checksum "${pointers[@]}" --stats-log-level NOTICE "$site" "$remote"
rclone sync --checksum --delete-after --stats-log-level NOTICE "$site" "$remote"
