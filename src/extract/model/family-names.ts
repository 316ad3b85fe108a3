// Family names that come FIRST in a full name (Chinese and Korean usage, kept by news in Latin script):
// after "Xi Jinping", "Li Qiang" or "Kim Jong Un" the text says "Xi", "Li", "Kim". Names only; used
// inside one document, after the full name, like any surname (see mentions/persons.ts).
// Example: "Chinese President Xi Jinping hosted the summit. Xi met Putin." -> Xi = Xi Jinping.

export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(
  [
    // Chinese (pinyin), the most common family names
    'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin',
    'he', 'guo', 'ma', 'luo', 'liang', 'song', 'zheng', 'xie', 'han', 'tang', 'feng', 'yu', 'dong', 'xiao', 'cheng',
    'cao', 'yuan', 'deng', 'fu', 'shen', 'zeng', 'peng', 'su', 'lu', 'jiang', 'cai', 'jia', 'ding', 'wei', 'xue', 'ye',
    'yan', 'pan', 'du', 'dai', 'xia', 'zhong', 'tian', 'ren', 'fan', 'fang', 'shi', 'yao', 'tan', 'liao', 'zou',
    'xiong', 'jin', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long',
    'wan', 'duan', 'lei', 'qian', 'yin', 'yi', 'qiao', 'lai', 'gong', 'wen', 'xi', 'zhai', 'ding', 'geng',
    // Korean
    'kim', 'lee', 'park', 'choi', 'jung', 'cho', 'yoon', 'jang', 'lim', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn',
    'yoo', 'hong', 'jeon', 'ko', 'moon', 'son', 'bae', 'baek', 'heo', 'nam', 'roh', 'chun',
  ],
);
