//! Generates sample-sized unit files for the roll-up benchmarks: `gen_units DIR N`. Each is the
//! sample unit with its own name, level, type, date, app names and some answers flipped; about
//! 1 in 100 is an older version of an earlier unit (a duplicate) and 1 in 200 is cut off (bad).
//! Files go into DIR/000/, DIR/001/ … a thousand per directory. Deterministic. Files are written
//! in the current save format (as the app writes them today), and DIR/.generated records the format
//! and the count: a run on an up-to-date DIR does nothing, a stale one is made again.

use fingertip_core::sample::SAMPLE_JSON;
use fingertip_core::save::{self, FORMAT_VERSION};
use serde_json::Value;

const APPS: [&str; 12] = [
    "掌上农技",
    "农技学习打卡",
    "志愿服务",
    "志愿者服务",
    "智慧党建",
    "移动办公",
    "数据填报通",
    "防汛应急",
    "河长巡河",
    "社区通",
    "政务通",
    "督查考核",
];
const LEVELS: [&str; 5] = ["central", "province", "city", "county", "township"];
const TYPES: [&str; 3] = ["agency", "mass_organization", "public_institution"];
const AGENCIES: [&str; 6] = ["农业农村局", "民政局", "教育局", "团委", "文明办", "卫健委"];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn unit(base: &Value, i: usize, rng: &mut Rng, version: u32) -> Value {
    let mut v = base.clone();
    let a = &mut v["assessment"];
    a["id"] = format!("gen-{i}").into();
    let name = format!("测试{i}号{}", AGENCIES[i % AGENCIES.len()]);
    a["profile"]["name"] = name.clone().into();
    a["profile"]["level"] = LEVELS[rng.below(LEVELS.len())].into();
    a["profile"]["unit_type"] = TYPES[rng.below(TYPES.len())].into();
    let date = format!(
        "20{}-{:02}-{:02}",
        25 + rng.below(2),
        1 + rng.below(12),
        1 + rng.below(28)
    );
    a["profile"]["date"] = date.clone().into();
    a["updated"] = format!("{date}T1{version}:00:00Z").into();
    if let Some(apps) = a["inventory"]["apps"].as_array_mut() {
        for app in apps.iter_mut() {
            let pick = APPS[rng.below(APPS.len())];
            let named = if rng.below(3) == 0 {
                format!("{name}{pick}")
            } else {
                pick.to_string()
            };
            app["name"] = named.into();
        }
    }
    if let Some(answers) = a["answers"].as_array_mut() {
        for ans in answers.iter_mut() {
            let flip = rng.below(7) == 0;
            let value = &mut ans["value"];
            if flip && value["type"] == "choice" {
                let now = value["value"].as_str().unwrap_or("");
                let next = match now {
                    "yes" => "no",
                    "no" => "yes",
                    other => other,
                };
                value["value"] = next.into();
            }
        }
    }
    v
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        return Err("usage: gen_units DIR N".into());
    };
    let stamp_path = format!("{dir}/.generated");
    let stamp = format!("format_version={FORMAT_VERSION} files={n}\n");
    if std::fs::read_to_string(&stamp_path).is_ok_and(|s| s == stamp) {
        println!("{n} files in {dir}: up to date");
        return Ok(());
    }
    let path = std::path::Path::new(dir);
    // Only a directory this tool made (it has the stamp) is removed; never one it did not write.
    if std::path::Path::new(&stamp_path).exists() {
        std::fs::remove_dir_all(path)?;
    } else if path.read_dir().is_ok_and(|mut d| d.next().is_some()) {
        return Err(
            format!("{dir} is not empty and was not made by gen_units: remove it first").into(),
        );
    }
    // The sample may be in an older format: written again as the app writes a file today.
    let base = serde_json::to_value(save::parse(SAMPLE_JSON)?)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut dups, mut bad) = (0, 0);
    for i in 0..n {
        let sub = format!("{dir}/{:03}", i / 1000);
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let path = format!("{sub}/unit-{i:06}.json");
        let mut bytes = if i > 0 && i % 100 == 99 {
            dups += 1;
            let mut earlier = unit(&base, i - 1, &mut Rng(i as u64 * 7919 + 1), 0);
            earlier["assessment"]["updated"] = "2024-01-01T00:00:00Z".into();
            earlier["assessment"]["profile"]["date"] = "2024-01-01".into();
            serde_json::to_vec(&earlier)?
        } else {
            serde_json::to_vec(&unit(&base, i, &mut rng, 1))?
        };
        if i % 200 == 150 {
            bad += 1;
            bytes.truncate(bytes.len() / 2);
        }
        std::fs::write(path, bytes)?;
    }
    std::fs::write(stamp_path, stamp)?;
    println!("{n} files in {dir}: {dups} older duplicates, {bad} cut off");
    Ok(())
}
