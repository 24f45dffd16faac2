<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>ExpressionBox</name>
    <message>
      <source>Chain rule: z = (x + y)² (5.2)</source>
      <translation>链式法则：z = (x + y)²（5.2）</translation>
    </message>
    <message>
      <source>Sigmoid as ×(−1), exp, +1, / (fig. 5-19)</source>
      <translation>展开的 sigmoid：×(−1)、exp、+1、/（图 5-19）</translation>
    </message>
    <message>
      <source>A neuron with sigmoid</source>
      <translation>使用 sigmoid 的神经元</translation>
    </message>
    <message>
      <source>Squared error ½(y − t)² (4.2.1)</source>
      <translation>均方误差 ½(y − t)²（4.2.1）</translation>
    </message>
    <message>
      <source>L = (a·b + c)·d</source>
      <translation>L = (a·b + c)·d</translation>
    </message>
    <message>
      <source>too long: {0} characters, at most {1}</source>
      <translation>太长：{0} 个字符，最多 {1} 个</translation>
    </message>
    <message>
      <source>more than {0} nested parentheses</source>
      <translation>括号嵌套超过 {0} 层</translation>
    </message>
    <message>
      <source>too many parts: at most {0}</source>
      <translation>部分太多：最多 {0} 个</translation>
    </message>
    <message>
      <source>nothing to compute: type an expression like z = (x + y)**2</source>
      <translation>没有可计算的内容：请输入表达式，例如 z = (x + y)**2</translation>
    </message>
    <message>
      <source>the left of = must be one short name, like z</source>
      <translation>= 的左边必须是一个简短的名字，例如 z</translation>
    </message>
    <message>
      <source>the output cannot also be an input</source>
      <translation>输出不能同时是输入</translation>
    </message>
    <message>
      <source>not a valid expression</source>
      <translation>不是有效的表达式</translation>
    </message>
    <message>
      <source>only numbers are allowed as constants</source>
      <translation>常数只能是数字</translation>
    </message>
    <message>
      <source>numbers must lie between −1,000,000 and 1,000,000</source>
      <translation>数字必须在 −1,000,000 和 1,000,000 之间</translation>
    </message>
    <message>
      <source>a variable is a short name (at most {0} letters, not starting with _)</source>
      <translation>变量是一个简短的名字（最多 {0} 个字母，不能以 _ 开头）</translation>
    </message>
    <message>
      <source>{0} needs parentheses: {0}(x)</source>
      <translation>{0} 需要括号：{0}(x)</translation>
    </message>
    <message>
      <source>the power must be a number, like x**2</source>
      <translation>幂的指数必须是数字，例如 x**2</translation>
    </message>
    <message>
      <source>the power must lie between −10 and 10</source>
      <translation>幂的指数必须在 −10 和 10 之间</translation>
    </message>
    <message>
      <source>only + − * / and ** are allowed</source>
      <translation>只允许 + − * / 和 **</translation>
    </message>
    <message>
      <source>only a minus sign may stand before a value</source>
      <translation>值的前面只能有负号</translation>
    </message>
    <message>
      <source>only exp, log, sigmoid, relu and tanh can be called</source>
      <translation>只能调用 exp、log、sigmoid、relu 和 tanh</translation>
    </message>
    <message>
      <source>{0} takes one argument: {0}(x)</source>
      <translation>{0} 只接受一个参数：{0}(x)</translation>
    </message>
    <message>
      <source>not allowed in an expression</source>
      <translation>表达式中不允许使用</translation>
    </message>
    <message>
      <source>Your expression</source>
      <translation>你的表达式</translation>
    </message>
    <message>
      <source>Start from an example…</source>
      <translation>从例子开始…</translation>
    </message>
    <message>
      <source>Build the graph (Enter)</source>
      <translation>生成计算图（回车）</translation>
    </message>
    <message>
      <source>Numbers, names, + − * /, ** with a number, exp, log, sigmoid, relu, tanh and parentheses. Set the variables under Inputs.</source>
      <translation>可以使用数字、名字、+ − * /、指数为数字的 **、exp、log、sigmoid、relu、tanh 和括号。变量的值在“输入”中设置。</translation>
    </message>
    <message>
      <source>Column {0}</source>
      <translation>第 {0} 列</translation>
    </message>
    <message>
      <source>The graph shown is still the last one that worked.</source>
      <translation>显示的仍是上一个有效的计算图。</translation>
    </message>
  </context>
</TS>