"""Posts to reward servers the way OpenRLHF's SingleTurnAgentExecutor._fetch_rewards_via_http does:
aiohttp, json=payload with 'query', 'prompts', 'labels', the batch sharded across the URL list
(ceil(n / servers) items each, so later servers may get empty lists). Prints one JSON line per server reply.

usage: python3 openrlhf_client.py CASES.json URL [URL...]
CASES.json holds {"query": [...], "prompts": [...], "labels": [...]}.
"""
import asyncio
import json
import sys

import aiohttp


async def main(cases_file, urls):
    with open(cases_file, encoding="utf-8") as f:
        cases = json.load(f)
    queries, prompts, labels = cases["query"], cases["prompts"], cases["labels"]
    batch_size = (len(queries) + len(urls) - 1) // len(urls)
    timeout = aiohttp.ClientTimeout(total=180)

    async def post(url, data):
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.post(url, json=data) as response:
                response.raise_for_status()
                return await response.json()

    tasks = []
    for i, url in enumerate(urls):
        start, end = i * batch_size, min((i + 1) * batch_size, len(queries))
        payload = {"query": queries[start:end], "prompts": prompts[start:end], "labels": labels[start:end]}
        tasks.append(asyncio.create_task(post(url, payload)))
    for reply in await asyncio.gather(*tasks):
        print(json.dumps(reply))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2:]))
