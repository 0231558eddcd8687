/** 计算面板（项目 → 计算，管理员 → 计算）的中文文案。与 en.ts 键和行一一对应。 */
export default {
  nav: { instances: '实例', images: '镜像', keyPairs: '密钥对', serverGroups: '服务器组', hypervisors: '虚拟机管理器', aggregates: '主机聚合', flavors: '实例类型' },
  back: '返回',
  submit: '保存',
  dialogFailed: '操作被拒绝',
  validation: { required: '请填写{field}。' },
  age: { seconds: '{n} 秒', minutes: '{n} 分钟', hours: '{n} 小时 {m} 分钟', days: '{n} 天 {h} 小时' },
  status: {
    ACTIVE: '运行', BUILD: '创建', REBOOT: '重启', HARD_REBOOT: '硬重启', PASSWORD: '密码', REBUILD: '重建', MIGRATING: '迁移',
    RESIZE: '调整大小/迁移', SHUTOFF: '关机', VERIFY_RESIZE: '确认或还原调整大小/迁移', REVERT_RESIZE: '还原调整大小/迁移', PAUSED: '暂停', SUSPENDED: '挂起',
    RESCUE: '救援', ERROR: '错误', DELETED: '已删除', SOFT_DELETED: '软删除', SHELVED: '搁置', SHELVED_OFFLOADED: '搁置卸载', UNKNOWN: '未知'
  },
  task: {
    scheduling: '正在调度', block_device_mapping: '块设备映射', networking: '正在配置网络', spawning: '正在孵化', image_snapshot: '正在创建快照',
    image_snapshot_pending: '快照等待中', image_pending_upload: '镜像等待上传', image_uploading: '正在上传镜像', image_backup: '正在备份镜像',
    updating_password: '正在更新密码', resize_prep: '准备调整大小或迁移', resize_migrating: '正在调整大小或迁移', resize_migrated: '已调整大小或迁移',
    resize_finish: '正在完成调整大小或迁移', resize_reverting: '正在还原调整大小或迁移', resize_confirming: '正在确认调整大小或迁移',
    rebooting: '正在重启', reboot_pending: '重启等待中', reboot_started: '重启已开始', rebooting_hard: '正在硬重启', reboot_pending_hard: '硬重启等待中',
    reboot_started_hard: '硬重启已开始', pausing: '正在暂停', unpausing: '正在恢复', suspending: '正在挂起', resuming: '正在恢复', powering_off: '正在关机',
    powering_on: '正在开机', rescuing: '正在救援', unrescuing: '正在取消救援', rebuilding: '正在重建', rebuild_block_device_mapping: '重建块设备映射',
    rebuild_spawning: '重建孵化中', migrating: '正在迁移', deleting: '正在删除', soft_deleting: '正在软删除', restoring: '正在恢复', shelving: '正在搁置',
    shelving_image_pending_upload: '搁置镜像等待上传', shelving_image_uploading: '正在上传搁置镜像', shelving_offloading: '正在搁置卸载',
    unshelving: '正在取消搁置'
  },
  power: { NOSTATE: '无状态', RUNNING: '运行中', PAUSED: '暂停', SHUTDOWN: '关闭', CRASHED: '崩溃', SUSPENDED: '挂起', BLOCKED: '阻塞', SHUTOFF: '关机', FAILED: '失败', BUILDING: '创建中', UNKNOWN: '未知' },
  quota: {
    instances: '实例', cores: 'VCPU', ram: '内存', unlimited: '无限制', inUse: '已使用', adding: '本次申请',
    impact: '已用 {used} + 新增 {adds}，共 {limit}'
  },
  fit: {
    title: '是否合适', fits: '合适', current: '当前实例类型。',
    quota: '超出{resource}配额：需要 {need}，剩余 {available}。',
    minRam: '镜像至少需要 {need} 内存；此实例类型只有 {have}。',
    minDisk: '镜像至少需要 {need} 根磁盘；此实例类型只有 {have}。',
    imageSize: '镜像（{need}）大于根磁盘（{have}）。',
    diskDown: '根磁盘不能缩小（{have} GB → {need} GB）。'
  },
  why: {
    adminOnly: '只有管理员可以执行此操作（策略）。', readOnly: '您在此项目中的角色只能查看。', locked: '实例已锁定，请先解锁。',
    lockedBecause: '实例已锁定（{reason}），请先解锁。', alreadyLocked: '已经锁定。', notLocked: '实例未锁定。',
    noHost: '实例尚未调度到主机。', state: '实例处于“{status}”状态时不能执行；需要 {needed}。', or: ' 或 ',
    busy: '实例正忙（{task}），请等待完成。', neverActive: '实例从未进入运行状态。',
    failed: '无法读取调度决策', none: '此实例没有记录调度决策。',
    chose: '调度器从 {n} 台主机中选择了 {host}。', noValidHost: '找不到有效的主机（No valid host was found）。',
    funnel: '每一步之后剩下的主机', funnelHint: 'Placement 先缩小候选范围，然后每个过滤器移除一些主机。点击某一条查看它移除了哪些主机。',
    considered: '全部主机', kept: '保留', cut: '本步移除', notRun: '未运行（已无主机）：{filters}',
    removed: '被移除的主机及原因', removedBy: '被 {stage} 移除', allStages: '全部步骤', stage: '步骤', reason: '原因', noneRemoved: '没有主机被移除。',
    more: '……另有 {n} 台主机因同类原因被移除。', weights: '通过过滤的主机的权重',
    weightsHint: '每个权重器给主机打分，归一化到 0..1，再乘以其乘数；总分最高者胜出。',
    total: '总分', winner: '已选中', multiplier: '{name}：乘数 {m}', score: '原始值 {raw} → 归一化 {norm} × {m}', moreWeighed: '……另有 {n} 台主机参与了加权。',
    tieAll: '通过筛选的 {n} 台主机权重完全相同（{w}），没有哪个称重器更偏好其中一台：按平局规则（主机名顺序）选中了 {host}。',
    tieSome: '{k} 台主机并列最高权重（{w}）；按平局规则（主机名顺序）选中了 {host}。',
    kind: { create: '创建', resize: '调整大小', migrate: '迁移', unshelve: '取消搁置' }
  },
  actions: {
    start: '启动实例', stop: '关闭实例', confirmResize: '确认调整大小/迁移', revertResize: '还原调整大小/迁移', snapshot: '创建快照',
    edit: '编辑实例', viewLog: '查看日志', rescue: '救援实例', unrescue: '取消救援实例', pause: '暂停实例', unpause: '恢复实例',
    suspend: '挂起实例', resume: '恢复实例', shelve: '搁置实例', unshelve: '取消搁置实例', resize: '调整实例大小', lock: '锁定实例',
    unlock: '解锁实例', rebootSoft: '软重启实例', rebootHard: '硬重启实例', migrate: '迁移实例', rebuild: '重建实例', delete: '删除实例'
  },
  confirm: {
    stop: '关闭 {name}？客户机将停止运行，其资源仍然保留。', rebootHard: '硬重启 {name}？相当于拔掉电源：未保存的数据会丢失。',
    delete: '删除 {name}？此操作无法撤销。'
  },
  instances: {
    title: '实例', subtitle: '项目中的虚拟机。随着模拟运行其任务，表格实时更新。', empty: '还没有实例。创建一个开始吧。',
    name: '实例名称', description: '描述', image: '镜像名称', flavor: '实例类型', status: '状态', task: '任务', progress: '进度',
    power: '电源状态', keyPair: '密钥对', az: '可用域', age: '已运行', host: '主机', project: '项目',
    filterImage: '镜像', filterFlavor: '实例类型', filterStatus: '状态', filterHost: '主机',
    locked: '已锁定', lockedBecause: '已锁定：{reason}', detailTitle: '实例', unavailable: '实例不可用', deleted: '此实例已被删除。'
  },
  detail: {
    overview: '概况', log: '日志', actionLog: '操作日志', why: '为什么是这台主机？', qos: 'QoS', info: '信息', specs: '规格', metadata: '元数据',
    fault: '错误（代码 {code}）', locked: '已锁定', hostStatus: '主机状态', created: '创建时间', launched: '启动时间', serverGroups: '服务器组',
    securityGroups: '安全组', tags: '标签'
  },
  log: { lines: '日志长度', go: '查看', full: '查看完整日志', download: '下载', empty: '控制台日志为空。', failed: '无法读取控制台日志' },
  actionLog: {
    requestId: '请求 ID', action: '操作', start: '开始时间', duration: '耗时', user: '用户 ID', message: '消息', event: '事件', result: '结果',
    traceback: '错误跟踪', running: '进行中……', empty: '没有操作记录。', failed: '无法读取操作日志'
  },
  qos: {
    shares: 'CPU 份额', reservation: '预留', limit: '上限', from: '来自额外规格', defaults: '默认值', workload: '负载', change: '修改',
    at: '测量时间', cpu: 'CPU（MHz）', cpuShort: 'CPU 分得 / 需求', memory: '内存（MB）', demand: '需求', allocated: '分配', contention: '争用',
    active: '活跃', granted: '已分配', shared: '共享页', ballooned: '气球回收', swapped: '已换出',
    memHint: '主机用物理内存支撑其中 {granted}；{swapped} 被换出到交换区。', notYet: '尚无测量：随着时钟推进，QoS 引擎会测量运行中的实例。',
    failed: '无法读取 QoS 数据', workloadSet: '负载已修改；下一个模拟步骤起需求随之变化。',
    reason: {
      idle: '空闲：没有 CPU 需求，其预留借给其他实例。', 'demand-met': '得到了全部所需 CPU（{demand} MHz 中的 {alloc}）。',
      limit: '受上限约束：{demand} MHz 中得到 {alloc}；{lost} MHz 被扣留。', reservation: '争用中保持在预留值：{demand} MHz 中得到 {alloc}。',
      shares: '存在争用：按份额得到 {demand} MHz 中的 {alloc}；{lost} MHz 在等待。'
    }
  },
  workload: {
    default: '默认（稳定 20%）', idle: '空闲', steady: '稳定', diurnal: '昼夜', bursty: '突发', trace: '轨迹', pct: 'CPU 负载（%）', burstPct: '突发负载（%）',
    peakPct: '峰值负载（%）', troughPct: '夜间负载（%）'
  },
  resize: {
    title: '调整 {name} 的大小', current: '当前实例类型：{flavor}（{vcpus} 个 VCPU，{ram}，{disk} GB 磁盘）。',
    how: '调度器为新规格选择主机；之后实例停在“确认或还原调整大小/迁移”状态，直到您确认（保留）或还原（退回）。',
    impact: '调整为 {flavor} 后的配额', failed: '调整大小被拒绝', scheduled: '已计划将 {name} 调整为 {flavor}。'
  },
  snapshot: { title: '为 {name} 创建快照', name: '快照名称', hint: '快照会成为一个私有镜像，可用来创建新实例。', scheduled: '已计划创建快照 {name}。' },
  edit: { title: '编辑实例 {name}', done: '已保存 {name}。' },
  rebuild: { title: '重建 {name}', image: '镜像', warning: '重建会用镜像替换根磁盘：其上的数据将丢失。', scheduled: '已计划重建 {name}。' },
  lock: { title: '锁定 {name}', hint: '实例锁定后，非管理员用户在解锁前不能对其做任何修改。', reason: '原因（可选）', done: '已锁定 {name}。' },
  rescue: { question: '从救援镜像启动 {name}？其原磁盘将作为第二块磁盘挂载。', scheduled: '已计划救援 {name}。', password: '管理员密码：{password}' },
  launch: {
    title: '创建实例', button: '创建实例', buttonExceeded: '创建实例（超出配额）', submit: '创建实例', back: '‹ 上一步', next: '下一步 ›',
    failed: '创建被拒绝', scheduled: '已计划创建 {n} 个实例。', ready: '可以创建了。', missing: '尚需完成：{steps}。',
    noProject: '请先选择一个项目。', quotaExceeded: '此项目的{resource}配额已用完。',
    name: '实例名称', namePlaceholder: '例如 web-1', anyZone: '任意可用域', count: '数量', countHint: '实例将命名为 {name}-1 … {name}-{n}。',
    sourceImage: '镜像', sourceSnapshot: '实例快照', noImages: '这里没有可启动的源。', pickImageFirst: '请先选择源，才能看到哪些实例类型适合其镜像。',
    impactOf: '创建 {n} × {flavor} 后的配额', keySelected: '已选择：{name}', noKey: '未选择密钥对：只能用密码登录。',
    userData: '定制化脚本（用户数据）', userDataSize: '{n} / 65535 字节', userDataTooBig: '用户数据有 {n} 字节，最多允许 65535 字节。',
    configDrive: '配置驱动', workload: '模拟负载', workloadHint: '客户机的繁忙程度：它决定了 QoS 引擎在主机上分配的 CPU 需求。',
    workloadKind: '负载类型',
    steps: { details: '详情', source: '源', flavor: '实例类型', keypair: '密钥对', config: '配置', serverGroups: '服务器组', metadata: '元数据' },
    help: {
      details: '为实例命名，选择运行位置和创建数量。', source: '用来制作根磁盘的镜像（或实例快照）。',
      flavor: '规格：VCPU、内存和磁盘。会超出配额或不适合镜像的实例类型显示为灰色并注明原因。',
      keypair: '注入实例、用于 SSH 登录的公钥。', config: 'cloud-init 首次启动时运行的脚本，以及模拟负载。',
      serverGroups: '让实例在主机上聚在一起（亲和）或分开（反亲和）。', metadata: '与实例一起保存的键值对。'
    }
  },
  images: {
    title: '镜像', subtitle: '可启动的磁盘镜像：公有镜像、本项目的镜像和快照。', empty: '没有镜像。', name: '名称', type: '类型', image: '镜像',
    snapshot: '快照', status: '状态', visibility: '可见性', protected: '受保护', format: '磁盘格式', container: '容器格式', size: '大小',
    virtualSize: '虚拟大小', minimum: '最小磁盘 · 最低内存', minDisk: '最小磁盘（GB）', minRam: '最低内存（MB）', owner: '所有者', updated: '更新时间',
    architecture: '架构', osDistro: '操作系统发行版', properties: '自定义属性', tags: '标签', checksum: '校验和', hasData: '镜像数据',
    metadataOnly: '仅元数据（预置镜像）', file: '镜像文件', fileHint: '可选：没有文件时镜像保持“排队”状态，直到上传数据。',
    create: '创建镜像', createTitle: '创建镜像', editTitle: '编辑镜像 {name}', edit: '编辑镜像', launch: '创建实例', deactivate: '停用',
    reactivate: '重新激活', delete: '删除镜像', confirmDelete: '删除镜像 {name}？从它启动的实例会继续运行。',
    createdMsg: '已创建镜像 {name}。', updatedMsg: '已更新镜像 {name}。', publicAdminOnly: '只有管理员可以发布公有镜像。',
    notOwner: '该镜像属于其他项目。', isProtected: '镜像受保护，请先取消保护。', needsStatus: '镜像状态为“{status}”；需要“{needed}”。'
  },
  imageStatus: { queued: '排队', saving: '保存中', active: '运行中', deactivated: '已停用', killed: '已终止', deleted: '已删除', pending_delete: '等待删除', uploading: '上传中', importing: '导入中' },
  visibility: { public: '公有', private: '私有', shared: '共享', community: '社区' },
  diskFormat: {
    qcow2: 'QCOW2 - QEMU 模拟器', raw: 'Raw', iso: 'ISO - 光盘镜像', vhd: 'VHD - 虚拟硬盘', vhdx: 'VHDX - 大容量虚拟硬盘',
    vdi: 'VDI - 虚拟磁盘镜像', vmdk: 'VMDK - 虚拟机磁盘', ami: 'AMI - 亚马逊机器镜像', ari: 'ARI - 亚马逊内存盘镜像',
    aki: 'AKI - 亚马逊内核镜像', ploop: 'PLOOP - Virtuozzo/Parallels 回环磁盘'
  },
  keypairs: {
    title: '密钥对', subtitle: '用于登录实例的 SSH 密钥。PocketStack 从不保存私钥。', empty: '还没有密钥对。', name: '密钥对名称',
    type: '密钥类型', ssh: 'SSH 密钥', x509: 'X509 证书', fingerprint: '指纹', publicKey: '公钥', user: '用户 ID', fromFile: '从文件加载',
    create: '创建密钥对', import: '导入公钥', createTitle: '创建密钥对', importTitle: '导入公钥', delete: '删除密钥对',
    confirmDelete: '删除密钥对 {name}？实例保留启动时注入的密钥。',
    nameRule: "只能使用字母、数字、空格和 _ - . {'@'}。", createHint: '将生成新的密钥对；私钥只下载一次，且从不保存。',
    downloaded: '已创建密钥对 {name}，并下载了 {name}.pem。', onlyOnce: '这是私钥唯一的副本。请妥善保存（chmod 600）。'
  },
  serverGroups: {
    title: '服务器组', subtitle: '调度器放置实例时让它们聚在一起或分开的规则。', empty: '没有服务器组。', name: '名称',
    policy: '策略', members: '成员', meaning: '含义', maxPerHost: '每台主机最多', maxPerHostHint: '默认 1', create: '创建服务器组',
    created: '已创建服务器组 {name}。', delete: '删除服务器组', confirmDelete: '删除服务器组 {name}？其 {n} 个成员留在原处运行。',
    noMembers: '此组中没有实例。'
  },
  policy: { affinity: '亲和', 'anti-affinity': '反亲和', 'soft-affinity': '软亲和', 'soft-anti-affinity': '软反亲和' },
  policyHelp: {
    affinity: '所有成员在同一台主机上，否则创建失败', 'anti-affinity': '每个成员在不同主机上，否则创建失败',
    'soft-affinity': '尽量在同一台主机上，也允许其他主机', 'soft-anti-affinity': '尽量在不同主机上，也允许共享主机'
  },
  kv: { key: '键', value: '值', add: '添加', remove: '移除', common: '常用键：', keyRequired: '请填写键。', duplicate: '键 {key} 出现了两次。', tooLong: '最多 255 个字符。' },
  admin: {
    instancesTitle: '全部实例', instancesSubtitle: '所有项目的实例，以及各自运行的主机。',
    imagesTitle: '全部镜像', imagesSubtitle: '所有项目的全部镜像。'
  },
  hypervisors: {
    title: '虚拟机管理器', subtitle: '数据中心主机上的计算节点：按分配比计算的容量，来自 Placement 的用量。',
    vcpu: 'VCPU 使用量', ram: '内存使用量', disk: '本地磁盘使用量', used: '已使用', free: '空闲', usedOf: '{used} / {capacity}',
    physicalCpus: '分配比之前共 {n} 个物理 VCPU', physicalRam: '物理内存 {size}', physicalDisk: '本地磁盘 {size}',
    fleet: '虚拟机管理器', fleetLine: '{up} 台运行 · {down} 台停止 · {disabled} 台禁用', runningVms: '个实例在运行',
    tabHypervisors: '虚拟机管理器', tabServices: '计算主机', hostname: '主机名', state: '状态', type: '类型', instances: '实例', aggregates: '主机聚合',
    up: '运行', down: '停止', enabled: '已启用', disabled: '已禁用', ratioSource: { host: '在本主机上设置', aggregate: '来自主机聚合', default: 'Nova 默认值' },
    capacityTip: '总量 {total} − 预留 {reserved}，× 分配比 {ratio}（{source}）= 容量 {capacity}',
    setAllocation: '分配比', showInstances: '查看实例', noInstances: '此主机上没有实例。',
    allocationTitle: '{host} 的分配比', allocationHint: '分配比留空表示继承主机聚合的设置或 Nova 默认值（CPU 4.0，内存 1.0，磁盘 1.0）。',
    cpuRatio: 'CPU 分配比', ramRatio: '内存分配比', diskRatio: '磁盘分配比', reservedCpus: '主机预留 CPU',
    reservedRam: '主机预留内存（MB）', reservedDisk: '主机预留磁盘（GB）', allocationSaved: '已保存 {host} 的分配设置。',
    ip: '主机 IP', cpuModel: 'CPU', topology: '拓扑', topologyLine: '{sockets} 个插槽 × {cores} 个核 × {threads} 个线程，{cells} 个 NUMA 节点',
    service: 'nova-compute', qosTitle: '当前负载（QoS 引擎）', cpuDemand: 'CPU：需求 {demand} MHz，容量 {capacity} MHz', memTouched: '内存：已使用 {touched}，物理 {physical}',
    contended: '此主机 CPU 存在争用：实例得到的少于需求。', instancesOn: '此主机上的实例（{n}）'
  },
  services: {
    binary: '名称', status: '状态', state: '运行状态', reason: '禁用原因', forcedDown: '强制停止', updated: '最近更新', disable: '禁用服务',
    enable: '启用服务', forceDown: '强制停止', unforce: '取消强制停止', reasonQuestion: '为什么禁用 {host} 上的 nova-compute？调度器将跳过它。',
    reasonPlaceholder: '例如：硬件维护', disabled: '已禁用 {host} 上的 nova-compute。', onlyCompute: '只能修改 nova-compute 服务。',
    alreadyDisabled: '已经禁用。', alreadyEnabled: '已经启用。', alreadyDown: '已经强制停止。', notForced: '未被强制停止。',
    forceDownQuestion: '将 {host} 上的 nova-compute 标记为停止？仅在主机确实已宕机时使用，例如疏散之前。'
  },
  aggregates: {
    title: '主机聚合', subtitle: '共享元数据的一组主机；设置了可用域的主机聚合即构成该可用域。', empty: '没有主机聚合。',
    name: '名称', hosts: '主机', metadata: '元数据', create: '创建主机聚合', edit: '编辑主机聚合', manageHosts: '管理 {name} 的主机',
    manageHostsShort: '管理主机', updateMetadata: '更新元数据', delete: '删除主机聚合', confirmDelete: '删除主机聚合 {name}？',
    notEmpty: '其中还有 {n} 台主机，请先移除。', azHint: '可选，例如 az-east', allHosts: '全部主机', selectedHosts: '本聚合中的主机',
    saved: '已保存主机聚合 {name}。', metadataTitle: '{name} 的元数据',
    metadataHint: '这里的 cpu/ram/disk_allocation_ratio 会覆盖主机的分配比；其他键可被实例类型匹配（AggregateInstanceExtraSpecsFilter）。',
    zones: '可用域', zone: '可用域', servicesUp: '服务正常的主机', available: '可用'
  },
  flavors: {
    title: '实例类型', subtitle: '实例的规格。创建后规格不可修改（与 Nova 相同）；额外规格和访问权限可以修改。', empty: '没有实例类型。',
    name: '实例类型名称', id: 'ID', idHint: 'auto = 自动生成 UUID', vcpus: 'VCPU 数量', ram: '内存', ramMb: '内存（MB）', disk: '根磁盘', diskGb: '根磁盘（GB）',
    ephemeral: '临时磁盘', ephemeralGb: '临时磁盘（GB）', swap: 'Swap 磁盘', swapMb: 'Swap 磁盘（MB）', rxtx: 'RX/TX 因子', public: '公有',
    publicOnly: '公有', privateOnly: '私有', extraSpecs: '额外规格', qos: 'QoS', create: '创建实例类型', created: '已创建实例类型 {name}。',
    saved: '已保存实例类型 {name}。', delete: '删除实例类型', confirmDelete: '删除实例类型 {name}？实例保留各自的副本。',
    updateMetadata: '更新元数据', modifyAccess: '修改访问权限', editDescription: '编辑描述', isPublic: '公有实例类型对所有项目开放。',
    tabInfo: '实例类型信息', tabSpecs: '额外规格', tabAccess: '实例类型访问', specsTitle: '{name} 的额外规格', accessTitle: '可使用 {name} 的项目',
    descriptionTitle: '{name} 的描述', allProjects: '全部项目', selectedProjects: '已选项目',
    publicHint: '所有项目都可以使用公有实例类型。', privateHint: '只有选中的项目（以及管理员）可以使用私有实例类型。',
    qosHint: '模拟按此应用 CPU QoS：先满足预留，再按份额分配，最后受上限约束（MHz）。留空 = 不设置。', unset: '不设置',
    otherSpecs: '其他额外规格', limitBelowReservation: 'quota:cpu_limit（{limit} MHz）不能低于 quota:cpu_reservation（{reservation} MHz）。',
    badKey: '键 {key} 只能包含字母、数字和 _ . : - /', sumShares: '份额 {n}', sumReservation: '预留 {n} MHz', sumLimit: '上限 {n} MHz',
    sumOther: '另有 {n} 项'
  }
}
