/** English strings of the compute panels (Project → Compute, Admin → Compute). Same keys and lines as zh-CN.ts. */
export default {
  nav: { instances: 'Instances', images: 'Images', keyPairs: 'Key Pairs', serverGroups: 'Server Groups', hypervisors: 'Hypervisors', aggregates: 'Host Aggregates', flavors: 'Flavors' },
  back: 'Back',
  submit: 'Save',
  dialogFailed: 'The change was refused',
  validation: { required: '{field} is required.' },
  age: { seconds: '{n} s', minutes: '{n} min', hours: '{n} h {m} min', days: '{n} d {h} h' },
  status: {
    ACTIVE: 'Active', BUILD: 'Build', REBOOT: 'Reboot', HARD_REBOOT: 'Hard Reboot', PASSWORD: 'Password', REBUILD: 'Rebuild', MIGRATING: 'Migrating',
    RESIZE: 'Resize', SHUTOFF: 'Shutoff', VERIFY_RESIZE: 'Confirm or Revert Resize', REVERT_RESIZE: 'Revert Resize', PAUSED: 'Paused', SUSPENDED: 'Suspended',
    RESCUE: 'Rescue', ERROR: 'Error', DELETED: 'Deleted', SOFT_DELETED: 'Soft Deleted', SHELVED: 'Shelved', SHELVED_OFFLOADED: 'Shelved Offloaded', UNKNOWN: 'Unknown'
  },
  task: {
    scheduling: 'Scheduling', block_device_mapping: 'Block Device Mapping', networking: 'Networking', spawning: 'Spawning', image_snapshot: 'Snapshotting',
    image_snapshot_pending: 'Image Snapshot Pending', image_pending_upload: 'Image Pending Upload', image_uploading: 'Image Uploading', image_backup: 'Image Backup',
    updating_password: 'Updating Password', resize_prep: 'Preparing Resize or Migrate', resize_migrating: 'Resizing or Migrating', resize_migrated: 'Resized or Migrated',
    resize_finish: 'Finishing Resize or Migrate', resize_reverting: 'Reverting Resize or Migrate', resize_confirming: 'Confirming Resize or Migrate',
    rebooting: 'Rebooting', reboot_pending: 'Reboot Pending', reboot_started: 'Reboot Started', rebooting_hard: 'Hard Rebooting', reboot_pending_hard: 'Hard Reboot Pending',
    reboot_started_hard: 'Hard Reboot Started', pausing: 'Pausing', unpausing: 'Resuming', suspending: 'Suspending', resuming: 'Resuming', powering_off: 'Powering Off',
    powering_on: 'Powering On', rescuing: 'Rescuing', unrescuing: 'Unrescuing', rebuilding: 'Rebuilding', rebuild_block_device_mapping: 'Rebuild Block Device Mapping',
    rebuild_spawning: 'Rebuild Spawning', migrating: 'Migrating', deleting: 'Deleting', soft_deleting: 'Soft Deleting', restoring: 'Restoring', shelving: 'Shelving',
    shelving_image_pending_upload: 'Shelving Image Pending Upload', shelving_image_uploading: 'Shelving Image Uploading', shelving_offloading: 'Shelving Offloading',
    unshelving: 'Unshelving'
  },
  power: { NOSTATE: 'No State', RUNNING: 'Running', PAUSED: 'Paused', SHUTDOWN: 'Shut Down', CRASHED: 'Crashed', SUSPENDED: 'Suspended', BLOCKED: 'Blocked', SHUTOFF: 'Shut Off', FAILED: 'Failed', BUILDING: 'Building', UNKNOWN: 'Unknown' },
  quota: {
    instances: 'Instances', cores: 'vCPUs', ram: 'RAM', unlimited: 'unlimited', inUse: 'In use', adding: 'This request',
    impact: '{used} used + {adds} new of {limit}'
  },
  fit: {
    title: 'Fits?', fits: 'Fits', current: 'Current flavor.',
    quota: 'Over the {resource} quota: needs {need}, {available} left.',
    minRam: 'The image needs at least {need} of RAM; this flavor has {have}.',
    minDisk: 'The image needs a root disk of at least {need}; this flavor has {have}.',
    imageSize: 'The image ({need}) is larger than the root disk ({have}).',
    diskDown: 'The root disk cannot shrink ({have} GB → {need} GB).'
  },
  why: {
    adminOnly: 'Only administrators may do this (policy).', readOnly: 'Your role on this project can only read.', locked: 'The instance is locked. Unlock it first.',
    lockedBecause: 'The instance is locked ({reason}). Unlock it first.', alreadyLocked: 'Already locked.', notLocked: 'The instance is not locked.',
    noHost: 'The instance is not on a host yet.', state: 'Not possible while the instance is {status}; needs {needed}.', or: ' or ',
    busy: 'The instance is busy ({task}); wait until it finishes.', neverActive: 'The instance has never been active.',
    failed: 'Could not load the scheduling decisions', none: 'No scheduling decision is recorded for this instance.',
    chose: 'The scheduler chose {host} out of {n} host(s).', noValidHost: 'No valid host was found.',
    funnel: 'Hosts left after each step', funnelHint: 'Placement first narrows the candidates, then each filter removes hosts. Click a bar to see whom it removed.',
    considered: 'All hosts', kept: 'Kept', cut: 'Removed here', notRun: 'Not run (no hosts left): {filters}',
    removed: 'Removed hosts and why', removedBy: 'Removed by {stage}', allStages: 'All steps', stage: 'Step', reason: 'Reason', noneRemoved: 'No host was removed.',
    more: '…and {n} more host(s) removed for the same kind of reason.', weights: 'Weights of the hosts that passed',
    weightsHint: 'Each weigher scores a host, normalises the scores to 0..1 and multiplies them by its multiplier; the highest total wins.',
    total: 'Total', winner: 'Chosen', multiplier: '{name}: multiplier {m}', score: 'raw {raw} → normalised {norm} × {m}', moreWeighed: '…and {n} more host(s) weighed.',
    tieAll: 'All {n} hosts that passed scored the same weight ({w}), so no weigher preferred one: the tie-break (hostname order) chose {host}.',
    tieSome: '{k} hosts tied for the top weight ({w}); the tie-break (hostname order) chose {host}.',
    kind: { create: 'Launch', resize: 'Resize', migrate: 'Migrate', unshelve: 'Unshelve' }
  },
  actions: {
    start: 'Start Instance', stop: 'Shut Off Instance', confirmResize: 'Confirm Resize/Migrate', revertResize: 'Revert Resize/Migrate', snapshot: 'Create Snapshot',
    edit: 'Edit Instance', viewLog: 'View Log', rescue: 'Rescue Instance', unrescue: 'Unrescue Instance', pause: 'Pause Instance', unpause: 'Resume Instance',
    suspend: 'Suspend Instance', resume: 'Resume Instance', shelve: 'Shelve Instance', unshelve: 'Unshelve Instance', resize: 'Resize Instance', lock: 'Lock Instance',
    unlock: 'Unlock Instance', rebootSoft: 'Soft Reboot Instance', rebootHard: 'Hard Reboot Instance', migrate: 'Migrate Instance', rebuild: 'Rebuild Instance', delete: 'Delete Instance'
  },
  confirm: {
    stop: 'Shut off {name}? Its guest stops, its resources stay allocated.', rebootHard: 'Hard reboot {name}? Like pulling the power cord: unsaved data is lost.',
    delete: 'Delete {name}? This cannot be undone.'
  },
  instances: {
    title: 'Instances', subtitle: "The project's virtual machines. Rows change live as the simulation runs their tasks.", empty: 'No instances yet. Launch one to start.',
    name: 'Instance Name', description: 'Description', image: 'Image Name', flavor: 'Flavor', status: 'Status', task: 'Task', progress: 'Progress',
    power: 'Power State', keyPair: 'Key Pair', az: 'Availability Zone', age: 'Age', host: 'Host', project: 'Project',
    filterImage: 'Image', filterFlavor: 'Flavor', filterStatus: 'Status', filterHost: 'Host',
    locked: 'Locked', lockedBecause: 'Locked: {reason}', detailTitle: 'Instance', unavailable: 'The instance is not available', deleted: 'This instance has been deleted.'
  },
  detail: {
    overview: 'Overview', log: 'Log', actionLog: 'Action Log', why: 'Why this host?', qos: 'QoS', info: 'Information', specs: 'Specs', metadata: 'Metadata',
    fault: 'Fault (code {code})', locked: 'Locked', hostStatus: 'Host Status', created: 'Created', launched: 'Launched', serverGroups: 'Server Groups',
    securityGroups: 'Security Groups', tags: 'Tags'
  },
  log: { lines: 'Log length', go: 'Go', full: 'View Full Log', download: 'Download', empty: 'The console log is empty.', failed: 'Could not read the console log' },
  actionLog: {
    requestId: 'Request ID', action: 'Action', start: 'Start Time', duration: 'Duration', user: 'User ID', message: 'Message', event: 'Event', result: 'Result',
    traceback: 'Traceback', running: 'running…', empty: 'No actions recorded.', failed: 'Could not read the action log'
  },
  qos: {
    shares: 'CPU shares', reservation: 'Reservation', limit: 'Limit', from: 'From extra specs', defaults: 'defaults', workload: 'Workload', change: 'Change',
    at: 'Measured at', cpu: 'CPU (MHz)', cpuShort: 'CPU granted / demand', memory: 'Memory (MB)', demand: 'Demand', allocated: 'Allocated', contention: 'Contention',
    active: 'Active', granted: 'Granted', shared: 'Shared pages', ballooned: 'Ballooned', swapped: 'Swapped',
    memHint: 'The host backs {granted} of its memory with RAM; {swapped} went to swap.', notYet: 'No measurement yet: the QoS engine measures running instances as the clock advances.',
    failed: 'Could not read the QoS figures', workloadSet: 'Workload changed; demand follows on the next simulation step.',
    reason: {
      idle: 'Idle: no CPU demand; its reservation is lent to others.', 'demand-met': 'Got all the CPU it asked for ({alloc} of {demand} MHz).',
      limit: 'Capped by its limit: {alloc} of {demand} MHz; {lost} MHz withheld.', reservation: 'Held at its reservation: {alloc} of {demand} MHz under contention.',
      shares: 'Contended: its shares got it {alloc} of {demand} MHz; {lost} MHz waiting.'
    }
  },
  workload: {
    default: 'Default (steady 20%)', idle: 'Idle', steady: 'Steady', diurnal: 'Day/night', bursty: 'Bursty', trace: 'Trace', pct: 'CPU load (%)', burstPct: 'Burst load (%)',
    peakPct: 'Peak load (%)', troughPct: 'Night load (%)'
  },
  resize: {
    title: 'Resize {name}', current: 'Current flavor: {flavor} ({vcpus} vCPU, {ram}, {disk} GB disk).',
    how: 'The scheduler picks a host for the new size; the instance then waits in "Confirm or Revert Resize" until you confirm (keep it) or revert (go back).',
    impact: 'Quota after resizing to {flavor}', failed: 'The resize was refused', scheduled: 'Scheduled resize of {name} to {flavor}.'
  },
  snapshot: { title: 'Create Snapshot of {name}', name: 'Snapshot Name', hint: 'The snapshot becomes a private image you can launch new instances from.', scheduled: 'Scheduled snapshot {name}.' },
  edit: { title: 'Edit Instance {name}', done: 'Saved {name}.' },
  rebuild: { title: 'Rebuild {name}', image: 'Image', warning: 'Rebuilding replaces the root disk with the image: data on it is lost.', scheduled: 'Scheduled rebuild of {name}.' },
  lock: { title: 'Lock {name}', hint: 'A locked instance refuses changes from non-admin users until it is unlocked.', reason: 'Reason (optional)', done: 'Locked {name}.' },
  rescue: { question: 'Boot {name} from a rescue image? Its disk is attached as a second disk.', scheduled: 'Scheduled rescue of {name}.', password: 'Administrator password: {password}' },
  launch: {
    title: 'Launch Instance', button: 'Launch Instance', buttonExceeded: 'Launch Instance (Quota exceeded)', submit: 'Launch Instance', back: '‹ Back', next: 'Next ›',
    failed: 'The launch was refused', scheduled: 'Scheduled creation of {n} instance(s).', ready: 'Ready to launch.', missing: 'Still to complete: {steps}.',
    noProject: 'Choose a project first.', quotaExceeded: 'No {resource} quota left in this project.',
    name: 'Instance Name', namePlaceholder: 'e.g. web-1', anyZone: 'Any Availability Zone', count: 'Count', countHint: 'Instances will be named {name}-1 … {name}-{n}.',
    sourceImage: 'Image', sourceSnapshot: 'Instance Snapshot', noImages: 'Nothing to boot from here.', pickImageFirst: 'Pick a source first to see which flavors fit its image.',
    impactOf: 'Quota after launching {n} × {flavor}', keySelected: 'Selected: {name}', noKey: 'No key pair: you can only log in with a password.',
    userData: 'Customization Script (user data)', userDataSize: '{n} bytes of 65535', userDataTooBig: 'User data is {n} bytes; at most 65535 are allowed.',
    configDrive: 'Configuration Drive', workload: 'Simulated workload', workloadHint: 'How busy the guest will be: it drives the CPU demand the QoS engine shares out on its host.',
    workloadKind: 'Profile',
    steps: { details: 'Details', source: 'Source', flavor: 'Flavor', keypair: 'Key Pair', config: 'Configuration', serverGroups: 'Server Groups', metadata: 'Metadata' },
    help: {
      details: 'Name the instance, pick where it runs and how many to launch.', source: 'The image (or instance snapshot) the root disk is made from.',
      flavor: 'The size: vCPUs, RAM and disk. Flavors that would exceed the quota or do not fit the image are greyed with the reason.',
      keypair: 'The public key injected into the instance for SSH logins.', config: 'A script cloud-init runs on first boot, and the simulated load.',
      serverGroups: 'Keep instances together (affinity) or apart (anti-affinity) on hosts.', metadata: 'Key/value pairs stored with the instance.'
    }
  },
  images: {
    title: 'Images', subtitle: 'Bootable disk images: public ones, your project\'s own, and snapshots.', empty: 'No images.', name: 'Name', type: 'Type', image: 'Image',
    snapshot: 'Snapshot', status: 'Status', visibility: 'Visibility', protected: 'Protected', format: 'Disk Format', container: 'Container Format', size: 'Size',
    virtualSize: 'Virtual Size', minimum: 'Min Disk · Min RAM', minDisk: 'Minimum Disk (GB)', minRam: 'Minimum RAM (MB)', owner: 'Owner', updated: 'Updated',
    architecture: 'Architecture', osDistro: 'OS Distribution', properties: 'Custom properties', tags: 'Tags', checksum: 'Checksum', hasData: 'Image data',
    metadataOnly: 'Metadata only (seeded image)', file: 'Image file', fileHint: 'Optional: without a file the image stays queued until data is uploaded.',
    create: 'Create Image', createTitle: 'Create Image', editTitle: 'Edit Image {name}', edit: 'Edit Image', launch: 'Launch', deactivate: 'Deactivate',
    reactivate: 'Reactivate', delete: 'Delete Image', confirmDelete: 'Delete image {name}? Instances booted from it keep running.',
    createdMsg: 'Created image {name}.', updatedMsg: 'Updated image {name}.', publicAdminOnly: 'Only administrators may publish public images.',
    notOwner: 'The image belongs to another project.', isProtected: 'The image is protected; unprotect it first.', needsStatus: 'The image is {status}; needs {needed}.'
  },
  imageStatus: { queued: 'Queued', saving: 'Saving', active: 'Active', deactivated: 'Deactivated', killed: 'Killed', deleted: 'Deleted', pending_delete: 'Pending Delete', uploading: 'Uploading', importing: 'Importing' },
  visibility: { public: 'Public', private: 'Private', shared: 'Shared', community: 'Community' },
  diskFormat: {
    qcow2: 'QCOW2 - QEMU Emulator', raw: 'Raw', iso: 'ISO - Optical Disk Image', vhd: 'VHD - Virtual Hard Disk', vhdx: 'VHDX - Large Virtual Hard Disk',
    vdi: 'VDI - Virtual Disk Image', vmdk: 'VMDK - Virtual Machine Disk', ami: 'AMI - Amazon Machine Image', ari: 'ARI - Amazon Ramdisk Image',
    aki: 'AKI - Amazon Kernel Image', ploop: 'PLOOP - Virtuozzo/Parallels Loopback Disk'
  },
  keypairs: {
    title: 'Key Pairs', subtitle: 'SSH keys for logging in to instances. PocketStack never keeps a private key.', empty: 'No key pairs yet.', name: 'Key Pair Name',
    type: 'Key Type', ssh: 'SSH Key', x509: 'X509 Certificate', fingerprint: 'Fingerprint', publicKey: 'Public Key', user: 'User ID', fromFile: 'Load from file',
    create: 'Create Key Pair', import: 'Import Public Key', createTitle: 'Create Key Pair', importTitle: 'Import Public Key', delete: 'Delete Key Pair',
    confirmDelete: 'Delete key pair {name}? Instances keep the key they booted with.',
    nameRule: "Use letters, digits, spaces and _ - . {'@'} only.", createHint: 'A new key pair is generated; its private key is downloaded once and never stored.',
    downloaded: 'Key pair {name} created; {name}.pem was downloaded.', onlyOnce: 'This was the only copy of the private key. Keep the file safe (chmod 600).'
  },
  serverGroups: {
    title: 'Server Groups', subtitle: 'Rules that keep instances together or apart when the scheduler places them.', empty: 'No server groups.', name: 'Name',
    policy: 'Policy', members: 'Members', meaning: 'Meaning', maxPerHost: 'Max per host', maxPerHostHint: 'default 1', create: 'Create Server Group',
    created: 'Created server group {name}.', delete: 'Delete Server Group', confirmDelete: 'Delete server group {name}? Its {n} member(s) stay where they run.',
    noMembers: 'No instance is in this group.'
  },
  policy: { affinity: 'Affinity', 'anti-affinity': 'Anti Affinity', 'soft-affinity': 'Soft Affinity', 'soft-anti-affinity': 'Soft Anti Affinity' },
  policyHelp: {
    affinity: 'all members on the same host, or the launch fails', 'anti-affinity': 'every member on a different host, or the launch fails',
    'soft-affinity': 'prefer the same host, allow others', 'soft-anti-affinity': 'prefer different hosts, allow sharing'
  },
  kv: { key: 'Key', value: 'Value', add: 'Add', remove: 'Remove', common: 'Common keys:', keyRequired: 'A key is required.', duplicate: 'The key {key} appears twice.', tooLong: 'At most 255 characters.' },
  admin: {
    instancesTitle: 'All Instances', instancesSubtitle: 'Every project\'s instances with the host each runs on.',
    imagesTitle: 'All Images', imagesSubtitle: 'Every image of every project.'
  },
  hypervisors: {
    title: 'Hypervisors', subtitle: 'The compute nodes on the datacenter\'s hosts: capacity after allocation ratios, usage from placement.',
    vcpu: 'vCPU Usage', ram: 'Memory Usage', disk: 'Local Disk Usage', used: 'Used', free: 'Free', usedOf: '{used} of {capacity}',
    physicalCpus: '{n} physical vCPUs before the ratio', physicalRam: '{size} physical RAM', physicalDisk: '{size} local disk',
    fleet: 'Hypervisors', fleetLine: '{up} up · {down} down · {disabled} disabled', runningVms: 'instances running',
    tabHypervisors: 'Hypervisor', tabServices: 'Compute Host', hostname: 'Hostname', state: 'State', type: 'Type', instances: 'Instances', aggregates: 'Aggregates',
    up: 'Up', down: 'Down', enabled: 'Enabled', disabled: 'Disabled', ratioSource: { host: 'set on this host', aggregate: 'from an aggregate', default: "Nova's default" },
    capacityTip: 'total {total} − reserved {reserved}, × ratio {ratio} ({source}) = capacity {capacity}',
    setAllocation: 'Allocation Ratios', showInstances: 'Show Instances', noInstances: 'No instances on this host.',
    allocationTitle: 'Allocation ratios of {host}', allocationHint: 'Leave a ratio empty to inherit it from an aggregate or Nova\'s default (CPU 4.0, RAM 1.0, disk 1.0).',
    cpuRatio: 'CPU allocation ratio', ramRatio: 'RAM allocation ratio', diskRatio: 'Disk allocation ratio', reservedCpus: 'Reserved host CPUs',
    reservedRam: 'Reserved host memory (MB)', reservedDisk: 'Reserved host disk (GB)', allocationSaved: 'Saved the allocation settings of {host}.',
    ip: 'Host IP', cpuModel: 'CPU', topology: 'Topology', topologyLine: '{sockets} socket(s) × {cores} core(s) × {threads} thread(s), {cells} NUMA cell(s)',
    service: 'nova-compute', qosTitle: 'Current load (QoS engine)', cpuDemand: 'CPU: {demand} MHz demanded of {capacity} MHz', memTouched: 'Memory: {touched} touched of {physical}',
    contended: 'CPU is contended on this host: instances get less than they demand.', instancesOn: 'Instances on this host ({n})'
  },
  services: {
    binary: 'Name', status: 'Status', state: 'State', reason: 'Disabled Reason', forcedDown: 'Forced Down', updated: 'Last Updated', disable: 'Disable Service',
    enable: 'Enable Service', forceDown: 'Force Down', unforce: 'Unset Forced Down', reasonQuestion: 'Why is nova-compute on {host} being disabled? The scheduler will skip it.',
    reasonPlaceholder: 'e.g. hardware maintenance', disabled: 'Disabled nova-compute on {host}.', onlyCompute: 'Only nova-compute services can be changed.',
    alreadyDisabled: 'Already disabled.', alreadyEnabled: 'Already enabled.', alreadyDown: 'Already forced down.', notForced: 'Not forced down.',
    forceDownQuestion: 'Mark nova-compute on {host} as down? Use it when the host is really dead, e.g. before evacuating.'
  },
  aggregates: {
    title: 'Host Aggregates', subtitle: 'Groups of hosts with shared metadata; an aggregate with an availability zone makes that zone.', empty: 'No host aggregates.',
    name: 'Name', hosts: 'Hosts', metadata: 'Metadata', create: 'Create Host Aggregate', edit: 'Edit Host Aggregate', manageHosts: 'Manage Hosts of {name}',
    manageHostsShort: 'Manage Hosts', updateMetadata: 'Update Metadata', delete: 'Delete Host Aggregate', confirmDelete: 'Delete host aggregate {name}?',
    notEmpty: 'It still has {n} host(s); remove them first.', azHint: 'optional, e.g. az-east', allHosts: 'All hosts', selectedHosts: 'In this aggregate',
    saved: 'Saved host aggregate {name}.', metadataTitle: 'Metadata of {name}',
    metadataHint: 'cpu/ram/disk_allocation_ratio here override the hosts\' ratios; other keys can be matched by flavors (AggregateInstanceExtraSpecsFilter).',
    zones: 'Availability Zones', zone: 'Availability Zone', servicesUp: 'Hosts with services up', available: 'Available'
  },
  flavors: {
    title: 'Flavors', subtitle: 'Instance sizes. Sizes cannot change after creation (as in Nova); extra specs and access can.', empty: 'No flavors.',
    name: 'Flavor Name', id: 'ID', idHint: 'auto = a generated UUID', vcpus: 'vCPUs', ram: 'RAM', ramMb: 'RAM (MB)', disk: 'Root Disk', diskGb: 'Root Disk (GB)',
    ephemeral: 'Ephemeral Disk', ephemeralGb: 'Ephemeral Disk (GB)', swap: 'Swap Disk', swapMb: 'Swap Disk (MB)', rxtx: 'RX/TX Factor', public: 'Public',
    publicOnly: 'Public', privateOnly: 'Private', extraSpecs: 'Extra Specs', qos: 'QoS', create: 'Create Flavor', created: 'Created flavor {name}.',
    saved: 'Saved flavor {name}.', delete: 'Delete Flavor', confirmDelete: 'Delete flavor {name}? Instances keep their copy of it.',
    updateMetadata: 'Update Metadata', modifyAccess: 'Modify Access', editDescription: 'Edit Description', isPublic: 'Public flavors are open to every project.',
    tabInfo: 'Flavor Information', tabSpecs: 'Extra Specs', tabAccess: 'Flavor Access', specsTitle: 'Extra specs of {name}', accessTitle: 'Projects that may use {name}',
    descriptionTitle: 'Description of {name}', allProjects: 'All projects', selectedProjects: 'Selected projects',
    publicHint: 'Every project can use a public flavor.', privateHint: 'Only the selected projects (and administrators) can use a private flavor.',
    qosHint: 'CPU QoS as the simulation applies it: reservations first, then shares, then limits (MHz). Empty = not set.', unset: 'not set',
    otherSpecs: 'Other extra specs', limitBelowReservation: 'quota:cpu_limit ({limit} MHz) must not be below quota:cpu_reservation ({reservation} MHz).',
    badKey: 'The key {key} may contain only letters, digits and _ . : - /', sumShares: 'shares {n}', sumReservation: 'reserve {n} MHz', sumLimit: 'limit {n} MHz',
    sumOther: '+{n} more'
  }
}
