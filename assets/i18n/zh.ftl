menu-language = 语言

## Countries and sectors
country-chn = 中国
country-ind = 印度
country-rus = 俄罗斯
country-irn = 伊朗
country-pak = 巴基斯坦
country-kaz = 哈萨克斯坦
country-uzb = 乌兹别克斯坦
country-blr = 白俄罗斯
country-kgz = 吉尔吉斯斯坦
country-tjk = 塔吉克斯坦
country-mng = 蒙古国
country-afg = 阿富汗
sector-energy = 能源
sector-renewables = 可再生能源
sector-transport = 交通物流
sector-machinery = 机械制造
sector-electronics = 电子与信息通信
sector-chemicals = 化工与石化
sector-metals = 冶金与采矿
sector-pharma = 医药与生物医药
sector-agriculture = 农业与食品
sector-industrial-parks = 产业园区
